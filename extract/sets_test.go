package extract_test

import (
	"path/filepath"
	"testing"

	"github.com/nisba/nisba/eval"
)

// setFloor is what one annotated set of our own articles must keep: the
// headline F1 and, where the set was written for them, the figures of the
// class it exercises. Each set's README says what it covers.
type setFloor struct {
	dir       string
	headline  float64
	relations float64 // 0: not held
	// rows must reach these F1s (retaliations, retaliation_targets ...).
	rows map[string]float64
	// entities bounds the entity errors; nil: not held.
	entities *entityErrors
	// retaliations is the exact number the extractor must report; 0: not held.
	retaliations int
}

// entityErrors is at most how many spurious (fp) and missed (fn) entities.
type entityErrors struct{ fp, fn int }

// setFloors are floors, not targets: each sits below the set's score when
// it was written, so a rule change that loses ground on any of them shows.
// regress* and rlex were written for one class of failures each (named in
// their READMEs); heldout2 through heldout26 were written blind by separate
// authors and later used to name failure classes, and so were heldout27,
// heldout29, heldout31 to heldout34, heldout36, heldout37, heldout39 to
// heldout42, heldout44, heldout45, heldout47 to heldout49, heldout51,
// heldout52, heldout56, heldout57, heldout59 to heldout62, heldout64 to
// heldout66, heldout70, heldout76, heldout77, heldout80, heldout82,
// heldout86, heldout89, heldout90, heldout92, heldout94, heldout95,
// heldout98 to heldout102, heldout107, heldout110, heldout114 to
// heldout116, heldout118, heldout120, heldout124, heldout126, heldout129,
// heldout130 to heldout132, heldout134, heldout135, heldout139,
// heldout140, heldout143, heldout145, heldout148, heldout150, heldout152,
// heldout154, heldout156 to heldout158, heldout161, heldout164,
// heldout165, heldout168, heldout169, heldout172 to heldout174,
// heldout178, heldout180, heldout182, heldout184, heldout185, heldout189,
// heldout192 to heldout198, heldout200, heldout203 to heldout205,
// heldout209, heldout213, heldout215 to heldout217, heldout219, heldout223,
// heldout225, heldout226, heldout228, heldout229, heldout231, heldout233,
// heldout235, heldout237 to heldout239, heldout243, heldout245 to
// heldout247, heldout251, heldout253, heldout257 to heldout260,
// heldout263 and heldout266 (heldout197 was never read
// until the thirty-third session, when a score diff of it was opened by
// mistake). heldout17,
// heldout19, heldout25, heldout28, heldout30, heldout35, heldout38,
// heldout43, heldout46, heldout50, heldout53 to heldout55, heldout58,
// heldout63, heldout67 to heldout69 and heldout71 to heldout74 were written
// the same way and kept outside the repository, never read, as the blind
// check; they were lost with the machine they lived on. The never-read sets
// written since (heldout75, heldout78, heldout79, heldout81, heldout83 to
// heldout85, heldout87, heldout88, heldout91, heldout93, heldout96,
// heldout97, heldout103 to heldout106, heldout108, heldout109,
// heldout111 to heldout113, heldout117, heldout119, heldout121 to
// heldout123, heldout125, heldout127, heldout128, heldout133,
// heldout136 to heldout138, heldout141, heldout142, heldout144,
// heldout146, heldout147, heldout149, heldout151, heldout153, heldout155,
// heldout159, heldout160, heldout162, heldout163, heldout166, heldout167,
// heldout170, heldout171, heldout175 to heldout177, heldout179, heldout181,
// heldout183, heldout186 to heldout188, heldout190, heldout191,
// heldout199, heldout201, heldout202, heldout206 to heldout208,
// heldout210 to heldout212, heldout214, heldout218, heldout220 to
// heldout222, heldout224, heldout227, heldout230, heldout232, heldout234,
// heldout236, heldout240 to heldout242, heldout244, heldout248 to
// heldout250, heldout252, heldout254 to heldout256, heldout261,
// heldout262, heldout264 and heldout265) live in
// eval/blind, which no
// test reads.
var setFloors = []setFloor{
	{dir: "regress", headline: 0.90},
	{dir: "regress2", headline: 0.95},
	{dir: "regress3", headline: 0.95},
	{dir: "regress4", headline: 0.95},
	{dir: "heldout2", headline: 0.80},
	{dir: "heldout3", headline: 0.90},
	{dir: "heldout5", headline: 0.88},
	{dir: "heldout6", headline: 0.92},
	{dir: "heldout7", headline: 0.80},
	{dir: "heldout8", headline: 0.92},
	{dir: "heldout9", headline: 0.96},
	{dir: "heldout11", headline: 0.96},
	{dir: "heldout13", headline: 0.94},
	{dir: "heldout14", headline: 0.80},
	{dir: "heldout15", headline: 0.88},
	{dir: "heldout10", headline: 0.97},
	{dir: "heldout12", headline: 0.96},
	{dir: "heldout16", headline: 0.96},
	{dir: "heldout20", headline: 0.94},
	{dir: "heldout21", headline: 0.93},
	{dir: "heldout18", headline: 0.90},
	{dir: "heldout22", headline: 0.97},
	{dir: "heldout23", headline: 0.91},
	{dir: "heldout24", headline: 0.95},
	{dir: "heldout26", headline: 0.72},
	{dir: "heldout27", headline: 0.72},
	{dir: "heldout29", headline: 0.84},
	{dir: "heldout33", headline: 0.82},
	{dir: "heldout34", headline: 0.93},
	{dir: "heldout31", headline: 0.82},
	{dir: "heldout36", headline: 0.82},
	{dir: "heldout37", headline: 0.74},
	{dir: "heldout40", headline: 0.90},
	{dir: "heldout42", headline: 0.92},
	{dir: "heldout39", headline: 0.84},
	{dir: "heldout41", headline: 0.83},
	{dir: "heldout32", headline: 0.83},
	{dir: "heldout44", headline: 0.93},
	{dir: "heldout45", headline: 0.92},
	{dir: "heldout47", headline: 0.84},
	{dir: "heldout48", headline: 0.90},
	{dir: "heldout49", headline: 0.87},
	{dir: "heldout51", headline: 0.82},
	{dir: "heldout52", headline: 0.79},
	{dir: "heldout56", headline: 0.88},
	{dir: "heldout57", headline: 0.85},
	{dir: "heldout59", headline: 0.80},
	{dir: "heldout60", headline: 0.83},
	{dir: "heldout61", headline: 0.89},
	{dir: "heldout62", headline: 0.80},
	{dir: "heldout64", headline: 0.83},
	{dir: "heldout65", headline: 0.77},
	{dir: "heldout66", headline: 0.88},
	{dir: "heldout70", headline: 0.75},
	{dir: "heldout76", headline: 0.82},
	{dir: "heldout77", headline: 0.85},
	{dir: "heldout80", headline: 0.80},
	{dir: "heldout82", headline: 0.88},
	{dir: "heldout86", headline: 0.72},
	{dir: "heldout89", headline: 0.80},
	{dir: "heldout90", headline: 0.90},
	{dir: "heldout92", headline: 0.87},
	{dir: "heldout94", headline: 0.95},
	{dir: "heldout95", headline: 0.90},
	{dir: "heldout98", headline: 0.90},
	{dir: "heldout99", headline: 0.93},
	{dir: "heldout100", headline: 0.93},
	{dir: "heldout101", headline: 0.91},
	{dir: "heldout102", headline: 0.91},
	{dir: "heldout107", headline: 0.91},
	{dir: "heldout110", headline: 0.86},
	{dir: "heldout114", headline: 0.80},
	{dir: "heldout115", headline: 0.84},
	{dir: "heldout116", headline: 0.92},
	{dir: "heldout118", headline: 0.89},
	{dir: "heldout120", headline: 0.76},
	{dir: "heldout124", headline: 0.84},
	{dir: "heldout126", headline: 0.83},
	{dir: "heldout129", headline: 0.86},
	{dir: "heldout130", headline: 0.92},
	{dir: "heldout131", headline: 0.86},
	{dir: "heldout132", headline: 0.88},
	{dir: "heldout134", headline: 0.91},
	{dir: "heldout135", headline: 0.94},
	{dir: "heldout139", headline: 0.85},
	{dir: "heldout140", headline: 0.93},
	{dir: "heldout143", headline: 0.87},
	{dir: "heldout145", headline: 0.74},
	{dir: "heldout148", headline: 0.88},
	{dir: "heldout150", headline: 0.73},
	{dir: "heldout152", headline: 0.85},
	{dir: "heldout154", headline: 0.76},
	{dir: "heldout156", headline: 0.62},
	{dir: "heldout157", headline: 0.90},
	{dir: "heldout158", headline: 0.85},
	{dir: "heldout161", headline: 0.83},
	{dir: "heldout164", headline: 0.78},
	{dir: "heldout165", headline: 0.86},
	{dir: "heldout168", headline: 0.75},
	{dir: "heldout169", headline: 0.79},
	{dir: "heldout172", headline: 0.88},
	{dir: "heldout173", headline: 0.89},
	{dir: "heldout174", headline: 0.74},
	{dir: "heldout178", headline: 0.85},
	{dir: "heldout180", headline: 0.90},
	{dir: "heldout182", headline: 0.89},
	{dir: "heldout184", headline: 0.89},
	{dir: "heldout185", headline: 0.85},
	{dir: "heldout189", headline: 0.84},
	{dir: "heldout192", headline: 0.75},
	{dir: "heldout193", headline: 0.87},
	{dir: "heldout194", headline: 0.91},
	{dir: "heldout195", headline: 0.80},
	{dir: "heldout196", headline: 0.77},
	{dir: "heldout197", headline: 0.72},
	{dir: "heldout198", headline: 0.62},
	{dir: "heldout200", headline: 0.78},
	{dir: "heldout203", headline: 0.81},
	{dir: "heldout204", headline: 0.78},
	{dir: "heldout205", headline: 0.69},
	{dir: "heldout209", headline: 0.64},
	{dir: "heldout213", headline: 0.84},
	{dir: "heldout215", headline: 0.79},
	{dir: "heldout216", headline: 0.69},
	{dir: "heldout217", headline: 0.79},
	{dir: "heldout219", headline: 0.62},
	{dir: "heldout223", headline: 0.81},
	{dir: "heldout225", headline: 0.79},
	{dir: "heldout226", headline: 0.76},
	{dir: "heldout228", headline: 0.66},
	{dir: "heldout229", headline: 0.81},
	{dir: "heldout231", headline: 0.79},
	{dir: "heldout233", headline: 0.66},
	{dir: "heldout235", headline: 0.76},
	{dir: "heldout237", headline: 0.79},
	{dir: "heldout238", headline: 0.75},
	{dir: "heldout239", headline: 0.86},
	{dir: "heldout243", headline: 0.59},
	{dir: "heldout245", headline: 0.85},
	{dir: "heldout246", headline: 0.82},
	{dir: "heldout247", headline: 0.64},
	{dir: "heldout251", headline: 0.78},
	{dir: "heldout253", headline: 0.78},
	{dir: "heldout257", headline: 0.78},
	{dir: "heldout258", headline: 0.73},
	{dir: "heldout259", headline: 0.85},
	{dir: "heldout260", headline: 0.77},
	{dir: "heldout263", headline: 0.80},
	{dir: "heldout266", headline: 0.64},
	{dir: "regress5", headline: 0.94, retaliations: 7},
	{dir: "regress6", headline: 0.80, relations: 0.90},
	{dir: "regress7", headline: 0.97},
	{dir: "regress8", headline: 0.95},
	{dir: "regress9", headline: 0.97},
	{dir: "regress10", headline: 0.94},
	{dir: "regress11", headline: 0.95},
	{dir: "regress12", headline: 0.93},
	{dir: "regress13", headline: 0.75, relations: 0.93},
	{dir: "regress14", headline: 0.90, entities: &entityErrors{fp: 0, fn: 1}},
	{dir: "regress15", headline: 0.90, rows: map[string]float64{"retaliations": 1, "retaliation_targets": 1}},
	{dir: "regress16", headline: 0.97},
	{dir: "regress17", headline: 0.98},
	{dir: "regress18", headline: 0.85, relations: 0.93},
	{dir: "regress19", headline: 0.92, entities: &entityErrors{fp: 1, fn: 1}},
	{dir: "regress20", headline: 0.93},
	{dir: "regress21", headline: 0.97},
	{dir: "regress22", headline: 0.94},
	{dir: "regress23", headline: 0.93, relations: 0.90},
	{dir: "regress24", headline: 0.98},
	{dir: "regress25", headline: 0.98},
	{dir: "regress26", headline: 0.97},
	{dir: "regress27", headline: 0.60, relations: 0.93},
	{dir: "regress28", headline: 0.97},
	{dir: "regress29", headline: 0.98},
	{dir: "regress30", headline: 0.97, rows: map[string]float64{"attacks": 1, "attributions": 0.95}},
	{dir: "regress31", headline: 0.94, rows: map[string]float64{"retaliations": 1, "retaliation_targets": 0.95}, retaliations: 5},
	{dir: "regress32", headline: 0.87, rows: map[string]float64{"attacks": 0.95, "retaliations": 0.8}},
	{dir: "regress33", headline: 0.55, entities: &entityErrors{fp: 0, fn: 1}},
	{dir: "regress34", headline: 0.75, relations: 0.88},
	{dir: "rdates7", headline: 0.95, rows: map[string]float64{"attacks": 1, "retaliations": 1}},
	{dir: "rret7", headline: 0.97, rows: map[string]float64{"retaliations": 1, "retaliation_targets": 1}, retaliations: 4},
	{dir: "rret8", headline: 0.97, rows: map[string]float64{"retaliations": 1, "retaliation_targets": 1}, retaliations: 2},
	{dir: "ratt8", headline: 0.97, rows: map[string]float64{"attacks": 1, "attributions": 1}},
	{dir: "ratt9", headline: 0.97, rows: map[string]float64{"attacks": 1, "attributions": 1}},
	{dir: "rret9", headline: 0.97, rows: map[string]float64{"retaliations": 1, "retaliation_targets": 1}, retaliations: 2},
	{dir: "rent9", headline: 0.70, relations: 0.95, entities: &entityErrors{fp: 0, fn: 1}},
	{dir: "regress40", headline: 0.80, entities: &entityErrors{fp: 0, fn: 1}},
	{dir: "rlex", headline: 0.80, entities: &entityErrors{fp: 1, fn: 1}},
}

// TestSetFloors extracts each set through the CLI's corpus and pipeline
// path and scores it with package eval against its hand annotation.
func TestSetFloors(t *testing.T) {
	for _, s := range setFloors {
		t.Run(s.dir, func(t *testing.T) {
			dir := filepath.Join("testdata", s.dir)
			doc := extractDir(t, dir)
			res := scoreDoc(t, filepath.Join(dir, "gold.json"), doc)
			rep := report(t, res)
			t.Logf("%s headline F1 %.3f, relations F1 %.3f", s.dir, res.Headline, res.Relations.F1)
			if res.Headline < s.headline {
				t.Errorf("headline F1 %.3f < %.2f\n%s", res.Headline, s.headline, rep)
			}
			if res.Relations.F1 < s.relations {
				t.Errorf("relations F1 %.3f < %.2f\n%s", res.Relations.F1, s.relations, rep)
			}
			rows := map[string]eval.PRF{"retaliations": res.Retaliations, "retaliation_targets": res.RetaliationTargets,
				"attacks": res.Attacks, "attributions": res.Attributions}
			for row, floor := range s.rows {
				if got := rows[row].F1; got < floor {
					t.Errorf("%s F1 %.3f < %.2f\n%s", row, got, floor, rep)
				}
			}
			if e := res.EntitiesAll(); s.entities != nil && (e.FP > s.entities.fp || e.FN > s.entities.fn) {
				t.Errorf("entities tp=%d fp=%d fn=%d, want fp<=%d and fn<=%d\n%s",
					e.TP, e.FP, e.FN, s.entities.fp, s.entities.fn, rep)
			}
			if s.retaliations > 0 && len(doc.Retaliations) != s.retaliations {
				t.Errorf("%d retaliations, want %d\n%s", len(doc.Retaliations), s.retaliations, rep)
			}
		})
	}
}
