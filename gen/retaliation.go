package gen

import (
	"fmt"

	"github.com/nisba/nisba/eval"
	"github.com/nisba/nisba/model"
)

// retaliationSentence states the response to the attack.
func (a *article) retaliationSentence(e *event, id, when string, known bool) {
	f := e.ret
	act, grp := a.m(f.actor), a.mc("ل", f.group)
	prep := "في "
	if !f.placeIn {
		prep = "قرب "
	}
	place := prep + a.m(f.place)
	switch f.weapon {
	case "artillery":
		a.say(v(f.actor, "رد ", "ردت "), act, " ", when, " بقصف مدفعي استهدف مواقع ", grp, " ", place, ".")
	default:
		a.say(a.pick(v(f.actor, "شن ", "شنت ")+act+" "+when+" غارات جوية على مواقع تابعة "+grp+" "+place+"، ردا على الهجوم.",
			v(f.actor, "أعلن ", "أعلنت ")+act+" أن "+v(f.actor, "طائراته", "طائراتها")+" "+when+" قصفت منشآت "+grp+" "+place+" ردا على استهداف "+a.m(e.base)+"."))
	}
	e.retSaid = true
	e.retKnown = e.retKnown || known
	e.retArticle = append(e.retArticle, id)
}

// goldRetaliation is the stated response, or false when no report stated it.
func (e *event) goldRetaliation(attackID string) (eval.GoldRetaliation, bool) {
	articles := e.retArticle
	if !e.retSaid {
		return eval.GoldRetaliation{}, false
	}
	f := e.ret
	g := eval.GoldRetaliation{Actors: []string{f.actor.ID}, Targets: []eval.Target{eval.One(f.group.ID)},
		Weapons: []string{f.weapon}, RespondsTo: model.Day(attackID), Articles: articles}
	if f.placeIn {
		g.Targets = append(g.Targets, eval.One(f.place.ID))
	} else {
		g.OptionalTargets = []string{f.place.ID}
	}
	day := articles[0]
	if e.retKnown {
		g.Date = model.Day(f.date.Format(isoDay))
		day = *g.Date
	}
	g.ID = fmt.Sprintf("retaliation:%s:%s:1", f.actor.ID, day)
	return g, true
}
