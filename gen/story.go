package gen

import (
	"time"

	"github.com/nisba/nisba/model"
)

// newEvent imagines an attack on a base and day not used before.
func (g *generator) newEvent() *event {
	r := g.r
	var b *entity
	var d time.Time
	for try := 0; ; try++ {
		b = g.p.bases[r.IntN(len(g.p.bases))]
		d = epoch.AddDate(0, 0, r.IntN(g.span))
		if k := b.ID + d.Format(isoDay); !g.used[k] || try > 50 {
			g.used[k] = true
			break
		}
	}
	ws := weapons()
	e := &event{base: b, date: d, weapon: ws[r.IntN(len(ws))], count: 3 + r.IntN(8),
		foiled: r.IntN(10) == 0, perpetrator: g.p.groups[r.IntN(len(g.p.groups))],
		hasPub: r.IntN(20) != 0, attackers: map[string]bool{}}
	if len(g.p.cities) > 0 && r.IntN(3) == 0 {
		e.from = g.p.cities[r.IntN(len(g.p.cities))]
	}
	e.attrs = g.attrFacts(e)
	if r.IntN(4) == 0 && len(g.p.cities) > 0 {
		e.ret = &retFact{actor: g.p.actors[r.IntN(len(g.p.actors))], group: e.perpetrator,
			place: g.p.cities[r.IntN(len(g.p.cities))], date: d.AddDate(0, 0, r.IntN(2)),
			weapon: []string{"airstrike", "artillery"}[r.IntN(2)], placeIn: r.IntN(2) == 0}
		if b := e.perpetrator.Backer; b != "" && b == e.ret.actor.Side {
			e.ret = nil // a side does not strike the group it backs (the coalition and the SDF)
		}
	}
	return e
}

// attrFacts are the claims that may be made about who attacked.
func (g *generator) attrFacts(e *event) []attrFact {
	r := g.r
	stances := []string{model.StanceAsserted, model.StanceLikely, model.StanceSuspected, model.StanceHinted}
	var out []attrFact
	for i := r.IntN(3); i > 0; i-- {
		f := attrFact{accused: e.perpetrator, stance: stances[r.IntN(len(stances))]}
		if r.IntN(5) == 0 {
			f.accused = g.p.groups[r.IntN(len(g.p.groups))]
		}
		switch x := r.IntN(4); {
		case x == 0 && len(g.p.officials) > 0:
			f.claimant = g.p.officials[r.IntN(len(g.p.officials))]
		case x == 1 && len(g.p.orgs) > 0:
			f.claimant = g.p.orgs[r.IntN(len(g.p.orgs))]
		case x == 2 && len(g.p.media) > 0:
			f.claimant = g.p.media[r.IntN(len(g.p.media))]
		}
		out = append(out, f)
	}
	switch r.IntN(6) {
	case 0:
		out = append(out, attrFact{accused: e.perpetrator, stance: model.StanceClaimed})
	case 1:
		out = append(out, attrFact{accused: e.perpetrator, stance: model.StanceDenied})
	}
	return out
}

// attackStory writes 1-4 reports of one attack on successive days.
func (g *generator) attackStory() error {
	e := g.newEvent()
	n := []int{1, 1, 1, 1, 1, 2, 2, 2, 3, 4}[g.r.IntN(10)]
	if !e.hasPub {
		n = 1 // undated reports of one attack could not be told to be one attack
	}
	n = min(n, g.opts.N-g.next)
	pub := e.date.AddDate(0, 0, g.r.IntN(2))
	for k := 0; k < n; k++ {
		if err := g.report(e, k, pub); err != nil {
			return err
		}
		pub = pub.AddDate(0, 0, 1+g.r.IntN(3))
	}
	ga := e.goldAttack()
	g.gold.attacks = append(g.gold.attacks, ga)
	g.stats.Attacks++
	if gr, ok := e.goldRetaliation(ga.ID); ok {
		g.gold.rets = append(g.gold.rets, gr)
		g.stats.Retaliations++
	}
	return nil
}

// report writes the k-th article about e.
func (g *generator) report(e *event, k int, pub time.Time) error {
	id := g.articleID()
	a := newArticle(g.r, g.p, g.gold)
	when, known := dateExpr(g.r, e.date, pub, e.hasPub)
	e.dateKnown = e.dateKnown || known
	e.articles = append(e.articles, id)
	title := g.attackTitle(a, e)
	a.attackSentence(e, when)
	if a.chance(40) {
		a.fromSentence(e)
	}
	if a.chance(50) {
		a.damageSentence()
	}
	a.para()
	for i, f := range e.attrs {
		if (k == 0 && i == 0) || a.chance(60) {
			a.attribution(e, f)
		}
	}
	a.para()
	if e.ret != nil && !pub.Before(e.ret.date) && (k > 0 || a.chance(50)) {
		rw, rk := dateExpr(g.r, e.ret.date, pub, e.hasPub)
		a.retaliationSentence(e, id, rw, rk)
		a.para()
	}
	a.background(g.targetLen())
	g.stats.Reports++
	return g.emit(id, pub, e.hasPub, title, a.text(title))
}

func (g *generator) attackTitle(a *article, e *event) string {
	b := a.m(e.base)
	return a.pick("هجوم يستهدف "+b, "استهداف "+b+" "+a.pick(e.weapon.with...), b+" "+v(e.base, "يتعرض", "تتعرض")+" لهجوم جديد")
}

// targetLen draws an article length in bytes: 1-8 KB, mostly short.
func (g *generator) targetLen() int {
	return 1000 + g.r.IntN(2500) + g.r.IntN(2)*g.r.IntN(4500)
}

// quietArticle is news from the region without an attack.
func (g *generator) quietArticle() error {
	id := g.articleID()
	a := newArticle(g.r, g.p, g.gold)
	pub := epoch.AddDate(0, 0, g.r.IntN(g.span))
	when, _ := dateExpr(g.r, pub.AddDate(0, 0, -g.r.IntN(3)), pub, true)
	b := g.p.bases[g.r.IntN(len(g.p.bases))]
	f := g.p.forces[g.r.IntN(len(g.p.forces))]
	var title string
	switch g.r.IntN(3) {
	case 0:
		if len(g.p.officials) > 0 {
			o := g.p.officials[g.r.IntN(len(g.p.officials))]
			a.say(v(o, "زار ", "زارت "), a.official(o), " ", when, " ", a.m(b), " ", a.where(b),
				" ", v(o, "واطلع", "واطلعت"), " على أوضاع القوات هناك.")
			title = "زيارة تفقدية إلى " + a.m(b)
			break
		}
		fallthrough
	case 1:
		a.say(v(f, "أجرى ", "أجرت "), a.m(f), " ", when, " تدريبات مشتركة في ", a.m(b), " ", a.where(b), ".")
		title = "تدريبات عسكرية في " + a.m(b)
	default:
		a.say(v(f, "أعلن ", "أعلنت "), a.m(f), " ", when, " عن خطة لإعادة تنظيم ", v(f, "وجوده", "وجودها"), " العسكري في المنطقة.")
		title = "خطط لإعادة الانتشار"
	}
	a.para()
	a.background(g.targetLen())
	g.stats.NoAttack++
	return g.emit(id, pub, true, title, a.text(title))
}
