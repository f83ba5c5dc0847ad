package extract_test

import (
	"testing"

	"github.com/nisba/nisba/extract"
	"github.com/nisba/nisba/model"
)

// relCase is a text with relations ("from type to") it must and must not yield.
type relCase struct {
	name, text string
	want, not  []string
}

// relationSet extracts text and returns its relations as "from type to".
func relationSet(t *testing.T, x *extract.Extractor, text string) map[string]bool {
	t.Helper()
	doc := run(t, x, "2025-03-10", text)
	got := map[string]bool{}
	for _, r := range doc.Relations {
		got[r.From+" "+r.Type+" "+r.To] = true
	}
	return got
}

func checkRelations(t *testing.T, cases []relCase) {
	t.Helper()
	x := extract.New(loadLexicon(t))
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := relationSet(t, x, tc.text)
			for _, w := range tc.want {
				if !got[w] {
					t.Errorf("missing %q in %v", w, got)
				}
			}
			for _, n := range tc.not {
				if got[n] {
					t.Errorf("unwanted %q", n)
				}
			}
		})
	}
}

// TestRoleRelations checks roles with the name before the title, title
// chains and pronoun heads, and that a coordinated name or a body that
// belongs to another noun takes no role.
func TestRoleRelations(t *testing.T) {
	const (
		spk = " " + model.RelSpokespersonOf + " "
		ldr = " " + model.RelLeaderOf + " "
		mem = " " + model.RelMemberOf + " "
	)
	checkRelations(t, []relCase{
		{name: "name then title", text: "وقال بات رايدر، المتحدث باسم البنتاغون، إن القوات ردت على الهجوم.",
			want: []string{"official:pat-ryder" + spk + "org:pentagon"}},
		{name: "title chain", text: "وأكد أبو آلاء الولائي، المتحدث العسكري باسم كتائب سيد الشهداء، أن الفصيل لم يشارك.",
			want: []string{"official:abu-alaa-al-walai" + spk + "militia:kataib-sayyid-al-shuhada"}},
		{name: "press secretary before the body", text: "وصرح السكرتير الصحفي لوزارة الدفاع الأمريكية بات رايدر بأن التحقيق مستمر.",
			want: []string{"official:pat-ryder" + spk + "org:pentagon"}},
		{name: "pronoun head", text: "ورحبت عصائب أهل الحق بالقرار، وقال أمينها العام قيس الخزعلي إن الحركة ستلتزم به.",
			want: []string{"official:qais-al-khazali" + ldr + "militia:asaib-ahl-al-haq"}},
		{name: "pronoun spokesperson", text: "ونفت حركة النجباء الاتهامات، وقال المتحدث باسمها حسين الموسوي إنها مفبركة.",
			want: []string{"official:hussein-al-mousawi" + spk + "militia:nujaba"}},
		{name: "name then he is", text: "وقال أبو آلاء الولائي، وهو الأمين العام لكتائب سيد الشهداء، إن الرد قادم.",
			want: []string{"official:abu-alaa-al-walai" + ldr + "militia:kataib-sayyid-al-shuhada"}},
		{name: "coordinated name is no apposition", text: "وزار قاسم سليماني، ونائب رئيس الحشد الشعبي أبو مهدي المهندس، مدينة البوكمال.",
			not: []string{"official:qasem-soleimani" + mem + "militia:pmf"}},
		{name: "head of a centre is no leader of the group", text: "وقال رئيس المركز الإعلامي لقوات سوريا الديمقراطية فرهاد شامي إن الهجوم فشل.",
			not: []string{"official:farhad-shami" + ldr + "militia:sdf"}},
	})
}

// TestGroupRelations checks part_of, backed_by and based_in in their
// common wordings, with capitals read as their states.
func TestGroupRelations(t *testing.T) {
	checkRelations(t, []relCase{
		{name: "one of the factions", text: "واتهمت واشنطن حركة النجباء، أحد فصائل الحشد الشعبي، بتنفيذ الهجوم.",
			want: []string{"militia:nujaba part_of militia:pmf"}},
		{name: "enrolled in", text: "وتبنت كتائب سيد الشهداء، المنضوية ضمن الحشد الشعبي، العملية.",
			want: []string{"militia:kataib-sayyid-al-shuhada part_of militia:pmf"}},
		{name: "belonging to a quoted short name", text: "وأعلن مجلس منبج العسكري التابع لـ«قسد» إحباط هجوم بمسيرة.",
			want: []string{"militia:manbij-military-council part_of militia:sdf"}},
		{name: "close to a capital", text: "وهددت كتائب حزب الله المقربة من طهران باستهداف القوات الأمريكية.",
			want: []string{"militia:kataib-hezbollah backed_by country:iran"}},
		{name: "funded and armed by", text: "وأعلنت حركة النجباء، التي تمولها وتسلحها إيران، مسؤوليتها عن الهجوم.",
			want: []string{"militia:nujaba backed_by country:iran"}},
		{name: "backed by an adverb", text: "وتبنت كتائب حزب الله المدعومة إيرانياً الهجوم على القاعدة.",
			want: []string{"militia:kataib-hezbollah backed_by country:iran"}},
		{name: "group anaphor backed", text: "وأشادت حركة النجباء بالهجوم. وقالت الحركة المدعومة من الحرس الثوري إنها لن تتوقف.",
			want: []string{"militia:nujaba backed_by militia:irgc"}},
		{name: "backer of the last in a list is not the first's", text: "وتبنت كتائب حزب الله ولواء فاطميون المدعوم من الحرس الثوري الهجوم.",
			not: []string{"militia:kataib-hezbollah backed_by militia:irgc"}},
		{name: "collective names its backer", text: "وقصفت طائرات أمريكية مواقع الفصائل الموالية لإيران قرب البوكمال.",
			want: []string{"militia:iran-backed-militias backed_by country:iran"}},
		{name: "verb then subject then place", text: "وتنتشر عصائب أهل الحق منذ سنوات في قضاء بلد جنوب سامراء.",
			want: []string{"militia:asaib-ahl-al-haq based_in city:balad"}},
		{name: "takes as stronghold", text: "ويتخذ لواء فاطميون من مدينة البوكمال مقراً رئيسياً له.",
			want: []string{"militia:fatemiyoun based_in city:albukamal"}},
		{name: "takes without stronghold word", text: "ويتخذ لواء فاطميون من مدينة البوكمال طريقاً للإمداد.",
			not: []string{"militia:fatemiyoun based_in city:albukamal"}},
		{name: "stronghold apposition", text: "وقصفت الطائرات مدينة البوكمال، معقل كتائب حزب الله في سوريا.",
			want: []string{"militia:kataib-hezbollah based_in city:albukamal"}},
		{name: "a base hosting forces is no based_in", text: "وتعرضت قاعدة الشدادي التي تتمركز فيها قوات أمريكية في ريف الحسكة لهجوم.",
			not: []string{"force:us-forces based_in base:shaddadi", "force:us-forces based_in city:hasakah"}},
		{name: "stationed in a base", text: "وقال قائد جيش سوريا الحرة المتمركز في قاعدة التنف إن الوضع هادئ.",
			want: []string{"militia:syrian-free-army based_in base:al-tanf"}},
	})
}

// TestLocatedRelations checks where bases and towns are, by apposition,
// preposition, parenthesis and direction, and that regions hold no town.
func TestLocatedRelations(t *testing.T) {
	const in = " " + model.RelLocatedIn + " "
	checkRelations(t, []relCase{
		{name: "lying in a province", text: "وسقطت قذيفتان داخل قاعدة بلد الجوية الواقعة في محافظة صلاح الدين ليلة الجمعة.",
			want: []string{"base:balad" + in + "city:salahuddin"}},
		{name: "in parentheses", text: "وتعرضت قاعدة الشدادي (ريف الحسكة الجنوبي) لهجوم بمسيرة.",
			want: []string{"base:shaddadi" + in + "city:hasakah"}},
		{name: "direction names the state", text: "وقتل ثلاثة جنود في هجوم على البرج 22 شمال شرقي الأردن.",
			want: []string{"base:tower-22" + in + "country:jordan"}},
		{name: "near a town", text: "واستهدفت مسيرة قاعدة حرير الجوية بالقرب من أربيل مساء الخميس.",
			want: []string{"base:harir" + in + "city:erbil"}},
		{name: "near a town in a district", text: "وسقطت قذائف في محيط قاعدة خراب الجير القريبة من بلدة رميلان في ريف القامشلي.",
			want: []string{"base:kharab-al-jir" + in + "city:qamishli"}},
		{name: "town of a province", text: "وقصفت الطائرات بلدة الباغوز التابعة لمحافظة دير الزور.",
			want: []string{"city:baghouz" + in + "city:deir-ez-zor"}},
		{name: "comma before lying in", text: "وأعلنت الجماعة استهداف قاعدة بلد الجوية، الواقعة في محافظة صلاح الدين، بطائرتين.",
			want: []string{"base:balad" + in + "city:salahuddin"}},
		{name: "state adjective between", text: "واستهدفت ثلاثة صواريخ قاعدة حرير الأمريكية في أربيل فجر اليوم.",
			want: []string{"base:harir" + in + "city:erbil"}},
		{name: "no town in a desert", text: "وانتشرت خلايا التنظيم في مدينة السخنة في البادية السورية.",
			not: []string{"city:sukhnah" + in + "city:syrian-badia"}},
		{name: "a region is in no state it only borders", text: "وحلقت مسيرات فوق المثلث الحدودي مع سوريا والعراق.",
			not: []string{"city:tri-border" + in + "country:syria"}},
	})
}

// TestPronounRoleOutsideQuote: a title with a pronoun ("أمينها العام")
// after a quotation points back past the body the quotation names, and
// past the side the group fights, to the group that speaks.
func TestPronounRoleOutsideQuote(t *testing.T) {
	ldr := " " + model.RelLeaderOf + " "
	checkRelations(t, []relCase{
		{name: "quote and foe before the title",
			text: "وأعلنت حركة النجباء وقف هجماتها على القوات الأمريكية «حرصاً على استقرار الحكومة العراقية»، في بيان وقعه أمينها العام أكرم الكعبي.",
			want: []string{"official:akram-al-kaabi" + ldr + "militia:nujaba"},
			not:  []string{"official:akram-al-kaabi" + ldr + "org:iraqi-government", "official:akram-al-kaabi" + ldr + "force:us-forces"}},
		{name: "the quote is the name",
			text: "وأعلنت «حركة النجباء» وقف هجماتها، في بيان وقعه أمينها العام أكرم الكعبي.",
			want: []string{"official:akram-al-kaabi" + ldr + "militia:nujaba"}},
	})
}
