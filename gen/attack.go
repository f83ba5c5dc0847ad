package gen

import (
	"fmt"
	"time"

	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/model"
)

// event is one real attack as the generator imagines it; reports word parts
// of it, and the gold keeps only what some report stated.
type event struct {
	base        *entity
	date        time.Time
	weapon      weapon
	count       int
	foiled      bool
	from        *entity // launch place
	perpetrator *entity
	attrs       []attrFact
	ret         *retFact
	hasPub      bool

	// what the reports stated
	dateKnown  bool
	count0     int
	attackers  map[string]bool
	fromSaid   bool
	attrSaid   []eval.GoldAttribution
	articles   []string
	retSaid    bool
	retKnown   bool
	retArticle []string
}

type attrFact struct {
	accused, claimant *entity // claimant nil: unnamed source or the article's voice
	stance            string
}

type retFact struct {
	actor, group, place *entity
	date                time.Time
	weapon              string
	placeIn             bool // "in" the place (a target) rather than "near" it
}

// weapon is how the text names a weapon.
type weapon struct {
	code   string
	with   []string // "بصواريخ" ...: the instrument without a count
	noun   string   // counted plural, "" when not counted
	femNum bool     // the noun's singular is feminine: ثلاث قذائف
}

func weapons() []weapon {
	return []weapon{
		{"rocket", []string{"بصواريخ", "بصواريخ كاتيوشا", "بقذائف صاروخية"}, "صواريخ", false},
		{"mortar", []string{"بقذائف الهاون", "بقذائف هاون"}, "قذائف هاون", true},
		{"drone", []string{"بطائرة مسيّرة", "بطائرات مسيرة مفخخة", "بطائرة من دون طيار"}, "طائرات مسيّرة", true},
		{"ied", []string{"بعبوة ناسفة"}, "", false},
		{"missile", []string{"بصواريخ باليستية", "بصواريخ بعيدة المدى"}, "صواريخ", false},
		{"unknown", []string{""}, "", false},
	}
}

var (
	numMasc = []string{"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}
	numFem  = []string{"ثلاث", "أربع", "خمس", "ست", "سبع", "ثماني", "تسع", "عشر"}
)

// instrument is "بثمانية صواريخ" / "بـ6 قذائف هاون" / "بطائرة مسيّرة".
func (a *article) instrument(e *event, withCount bool) string {
	w := e.weapon
	if withCount && w.noun != "" && e.count >= 3 && e.count <= 10 {
		e.count0 = e.count
		if a.chance(50) {
			return "بـ" + num(a.r, e.count) + " " + w.noun
		}
		words := numMasc
		if w.femNum {
			words = numFem
		}
		return "ب" + words[e.count-3] + " " + w.noun
	}
	return a.pick(w.with...)
}

// attackSentence states the attack itself, in one of several ways.
func (a *article) attackSentence(e *event, when string) {
	b := e.base
	count := a.chance(60)
	if e.foiled {
		a.say(a.pick("أحبطت الدفاعات الجوية "+when+" هجوما ", "تمكنت الدفاعات الجوية "+when+" من إحباط هجوم "),
			a.instrument(e, false), " ", a.pick("كان يستهدف ", "حاول استهداف "), a.m(b), " ", a.where(b), ".")
		return
	}
	switch a.r.IntN(5) {
	case 0:
		bs := a.m(b)
		a.say(v(b, "تعرض ", "تعرضت "), bs, " ", a.where(b), " ", when, " لهجوم ", a.instrument(e, count), "،",
			a.pick(" بحسب مصادر محلية.", " وفق ما أفادت مصادر أمنية.", " في أحدث هجوم من نوعه."))
	case 1:
		a.say("استهدف هجوم ", a.instrument(e, count), " ", when, " ", a.m(b), " ", a.where(b), ".")
	case 2:
		if e.weapon.noun != "" && e.count >= 3 && e.count <= 10 {
			e.count0 = e.count
			a.say("قالت مصادر محلية إن ", num(a.r, e.count), " ", e.weapon.noun, " سقطت ", when, " داخل ", a.m(b), " ", a.where(b), ".")
			return
		}
		a.say("أفادت مصادر أمنية بأن ", a.m(b), " ", a.where(b), " ", v(b, "تعرض", "تعرضت"), " ", when, " لهجوم ", a.instrument(e, false), ".")
	case 3:
		g := e.perpetrator
		e.attackers[g.ID] = true
		a.say(v(g, "شن ", "شنت "), a.m(g), " ", when, " هجوما ", a.instrument(e, count), " على ", a.m(b), " ", a.where(b), ".")
	default:
		a.say("دوت انفجارات ", when, " في محيط ", a.m(b), " ", a.where(b), " إثر هجوم ", a.instrument(e, count), ".")
	}
}

// fromSentence says where the attack was launched from.
func (a *article) fromSentence(e *event) {
	if e.from == nil {
		return
	}
	e.fromSaid = true
	a.say(a.pick("وأوضحت المصادر أن الهجوم انطلق من ", "ويُعتقد أن المهاجمين انطلقوا من محيط ",
		"وقالت المصادر إن عملية الإطلاق جرت من منطقة "), a.m(e.from), ".")
}

// damageSentence adds entity-free detail.
func (a *article) damageSentence() {
	a.say(a.pick("ولم ترد أنباء عن سقوط ضحايا.", "وأسفر الهجوم عن أضرار مادية دون وقوع إصابات بشرية.",
		"ولم تصدر حتى الآن حصيلة رسمية للخسائر.", "وتحدثت مصادر عن إصابة عدد من العناصر بجروح طفيفة.",
		"واندلع حريق في أحد المستودعات قبل أن تتم السيطرة عليه."))
}

// attribution writes one claim about who did it and records it.
func (a *article) attribution(e *event, f attrFact) {
	g := f.accused
	var c string
	comp := " إن "
	switch {
	case f.stance == model.StanceClaimed || f.stance == model.StanceDenied:
	case f.claimant == nil:
		c = a.pick("قال مصدر أمني", "قالت مصادر ميدانية", "ذكر مسؤول عسكري طلب عدم الكشف عن هويته")
	case f.claimant.Type == model.TypeOfficial:
		c = v(f.claimant, "قال ", "قالت ") + a.official(f.claimant)
	default:
		c, comp = v(f.claimant, "ذكر ", "ذكرت ")+a.m(f.claimant), " أن "
	}
	gm := a.m(g)
	switch f.stance {
	case model.StanceClaimed:
		a.say(a.pick(v(g, "تبنى ", "تبنت ")+gm+" الهجوم في بيان "+v(g, "نشره", "نشرته")+" على تلغرام.",
			v(g, "أعلن ", "أعلنت ")+gm+" مسؤولية "+v(g, "عناصره", "عناصرها")+" عن الهجوم في بيان مقتضب."))
	case model.StanceDenied:
		a.say(a.pick(v(g, "نفى ", "نفت ")+gm+" أي صلة "+v(g, "له", "لها")+" بالهجوم.",
			v(g, "نفى ", "نفت ")+gm+" في بيان "+v(g, "مسؤوليته", "مسؤوليتها")+" عن الهجوم، "+
				v(g, "مؤكدا أنه لا علاقة له به.", "مؤكدة أنها لا علاقة لها به.")))
	case model.StanceAsserted:
		a.say(c, comp, gm, " ", v(g, "هو", "هي"), " من نفذ الهجوم.")
	case model.StanceLikely:
		a.say(c, comp, gm, " ", v(g, "يقف", "تقف"), " على الأرجح وراء الهجوم.")
	case model.StanceSuspected:
		a.say(c, comp, "هناك شكوكا في ضلوع ", gm, " في الهجوم.")
	default:
		a.say(c, comp, "الهجوم يحمل بصمات ", gm, " دون أن ", v(f.claimant0(), "يجزم", "تجزم"), " بذلك.")
	}
	claimant := ""
	if f.claimant != nil {
		claimant = f.claimant.ID
	}
	if f.stance == model.StanceClaimed || f.stance == model.StanceDenied {
		claimant = g.ID
	}
	e.addAttr(eval.GoldAttribution{Accused: g.ID, Claimant: claimant, Stance: f.stance})
}

// claimant0 is the claimant, or a masculine stand-in for an unnamed source.
func (f attrFact) claimant0() *entity {
	if f.claimant == nil {
		return &entity{}
	}
	return f.claimant
}

func (e *event) addAttr(x eval.GoldAttribution) {
	for _, y := range e.attrSaid {
		if y == x {
			return
		}
	}
	e.attrSaid = append(e.attrSaid, x)
}

// goldAttack is what the reports of e stated, as an annotator marks it.
func (e *event) goldAttack() eval.GoldAttack {
	g := eval.GoldAttack{Target: e.base.ID, Weapons: []string{e.weapon.code}, Munitions: e.count0,
		Status: model.StatusCarriedOut, Articles: e.articles, Attackers: []string{}, Attributions: e.attrSaid}
	if e.foiled {
		g.Status = model.StatusFoiled
	}
	if e.dateKnown {
		g.Date = model.Day(e.date.Format(isoDay))
		g.ID = fmt.Sprintf("attack:%s:%s", e.base.ID, *g.Date)
	} else {
		g.ID = fmt.Sprintf("attack:%s:%s:1", e.base.ID, e.articles[0])
	}
	for _, x := range sortedKeys(e.attackers) {
		g.Attackers = append(g.Attackers, x)
	}
	if e.fromSaid {
		g.LaunchedFrom = []string{e.from.ID}
	}
	if g.Attributions == nil {
		g.Attributions = []eval.GoldAttribution{}
	}
	return g
}
