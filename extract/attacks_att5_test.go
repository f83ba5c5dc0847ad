package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
)

// TestAttackWordingsRound5 runs the round-5 attribution rules over wordings
// of our own: the group in an accuser's title ("المتحدث باسم X") accuses the
// group named after it and is not itself accused; a dual site word after
// the attack noun ("الهجوم على القاعدتين") points back to the two attacks.
func TestAttackWordingsRound5(t *testing.T) {
	x := extract.New(loadLexicon(t))
	for _, tc := range append(append(accuserGroupWordings(), dualSiteWordings()...), asideWordings()...) {
		t.Run(tc.name, func(t *testing.T) { checkCase(t, x, tc) })
	}
}

// accuserGroupWordings: "حمّل/اتهم + title + X + Y": X is the accuser's own
// group, Y the accused; a plain list after the verb stays accused.
func accuserGroupWordings() []generalCase {
	return []generalCase{
		{name: "spokesman of a group holds another responsible", published: "2025-08-04",
			text:      "سقطت قذائف صاروخية فجر اليوم داخل قاعدة الشدادي جنوبي الحسكة. وحمّل المتحدث باسم قوات سوريا الديمقراطية الحرس الثوري مسؤولية القصف.",
			attacks:   []string{"base:shaddadi@2025-08-04"},
			attribs:   []string{"base:shaddadi>militia:irgc:asserted"},
			noAttribs: []string{"base:shaddadi>militia:sdf:asserted"}},
		{name: "media office of a group with li- accuses", published: "2025-08-04",
			text:      "استهدفت طائرة مسيّرة مساء أمس قاعدة خراب الجير في ريف رميلان. واتهم مسؤول في المكتب الإعلامي لقوات سوريا الديمقراطية ميليشيات مدعومة من إيران بتنفيذ الهجوم.",
			attacks:   []string{"base:kharab-al-jir@2025-08-03"},
			attribs:   []string{"base:kharab-al-jir>militia:iran-backed-militias:asserted"},
			noAttribs: []string{"base:kharab-al-jir>militia:sdf:asserted"}},
		{name: "operations commander of a force blames a group", published: "2025-08-04",
			text:      "تعرّضت قاعدة سبايكر شمال تكريت لهجوم بقذائف الهاون ليلة أمس. وحمّل قائد عمليات الحشد الشعبي في صلاح الدين تنظيم داعش مسؤولية الهجوم.",
			attacks:   []string{"base:speicher@2025-08-03"},
			attribs:   []string{"base:speicher>militia:isis:asserted"},
			noAttribs: []string{"base:speicher>militia:pmf:asserted"}},
		{name: "officials accuse two groups joined by and", published: "2025-08-04",
			text:    "اتهم مسؤولون أمريكيون كتائب حزب الله وحركة النجباء بتنفيذ الهجوم الصاروخي على قاعدة عين الأسد مساء أمس.",
			attacks: []string{"base:ain-al-asad@2025-08-03"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:asserted", "base:ain-al-asad>militia:nujaba:asserted"}},
	}
}

// dualSiteWordings: a definite dual of bases after the attack word names
// both attacks told last, not only the latest.
func dualSiteWordings() []generalCase {
	return []generalCase{
		{name: "held responsible for the attack on the two bases", published: "2025-09-16",
			text: "سقطت صواريخ فجر اليوم على قاعدة الشدادي في ريف الحسكة. وفي هجوم منفصل، استهدفت طائرة مسيّرة قاعدة تل بيدر فجر اليوم أيضاً. " +
				"وحمّل مسؤول أمريكي ميليشيات مدعومة من إيران مسؤولية الهجوم على القاعدتين.",
			attacks: []string{"base:shaddadi@2025-09-16", "base:tell-baydar@2025-09-16"},
			attribs: []string{"base:shaddadi>militia:iran-backed-militias:asserted", "base:tell-baydar>militia:iran-backed-militias:asserted"}},
		{name: "likely behind targeting the two bases", published: "2025-09-16",
			text: "تعرّضت قاعدة عين الأسد لقصف صاروخي مساء أمس. وفي هجوم آخر، استهدفت مسيّرة قاعدة حرير مساء أمس. " +
				"وقال مصدر أمني إن كتائب حزب الله تقف على الأرجح وراء استهداف القاعدتين.",
			attacks: []string{"base:ain-al-asad@2025-09-15", "base:harir@2025-09-15"},
			attribs: []string{"base:ain-al-asad>militia:kataib-hezbollah:likely", "base:harir>militia:kataib-hezbollah:likely"}},
	}
}

// asideWordings: a group described in an aside ("X، التي تضم فصائل موالية
// لإيران، أعلنت أنها استهدفت") is the one that claims; the factions of
// the aside are not.
func asideWordings() []generalCase {
	return []generalCase{
		{name: "no one claimed, but a group with an aside announced", published: "2025-09-16",
			text: "استهدفت طائرة مسيّرة فجر اليوم قاعدة الشدادي في ريف الحسكة. " +
				"ولم يتبنَّ أحد الهجوم في البداية، إلا أن «المقاومة الإسلامية في العراق»، التي تضم فصائل مسلحة موالية لإيران، أعلنت لاحقاً أنها استهدفت القاعدة.",
			attacks:   []string{"base:shaddadi@2025-09-16"},
			attribs:   []string{"base:shaddadi>militia:islamic-resistance-in-iraq:claimed"},
			noAttribs: []string{"base:shaddadi>militia:iran-backed-militias:claimed"}},
		{name: "an aside with wa-hiya before the announcement", published: "2025-09-16",
			text: "سقطت صواريخ مساء أمس على قاعدة عين الأسد غرب الأنبار. " +
				"غير أن «كتائب حزب الله»، وهي من أبرز الفصائل المدعومة من إيران، أعلنت أنها قصفت القاعدة.",
			attacks:   []string{"base:ain-al-asad@2025-09-15"},
			attribs:   []string{"base:ain-al-asad>militia:kataib-hezbollah:claimed"},
			noAttribs: []string{"base:ain-al-asad>militia:iran-backed-militias:claimed"}},
	}
}
