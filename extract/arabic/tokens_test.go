package arabic

import (
	"reflect"
	"strconv"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokensClitics(t *testing.T) {
	tests := []struct {
		name, text string
		tok        int    // token index to inspect
		key        string // a key one of its readings must have
		pre        string // expected detached clitic, if any
	}{
		{"waw and article", "وصلت القوات إلى والميادين", 3, "ميادين", ""},
		{"lam-lam is lam + article", "تابعة للتحالف الدولي", 1, "تحالف", ""},
		{"ba + article", "انتشروا بالعراق", 1, "عراق", ""},
		{"wa + ba", "وبقاعدة التنف", 0, "قاعده", ""},
		{"fa", "فالهجوم وقع", 0, "هجوم", ""},
		{"kaf", "كالعادة", 0, "عاده", ""},
		{"detached lam with tatweel and quotes", `قالت مصادر لـ"قسد" أمس`, 2, "قسد", "ل"},
		{"detached waw-ba with guillemets", "وبـ«اشتعال» النيران", 0, "اشتعال", "وب"},
		{"diacritics", "مَدِينَةُ المَيَادِين", 1, "ميادين", ""},
		{"tatweel inside", "البنتاغـون", 0, "بنتاغون", ""},
		{"hamza alef", "إيران وأمريكا", 0, "ايران", ""},
		{"american spellings agree", "الأميركية", 0, "امريكيه", ""},
		{"arabic-indic digits", "سقطت ٣ قذائف", 1, "3", ""},
		{"waw before a Latin name with digits", "قاعدتي حماة وT4", 2, "t4", ""},
		{"waw before a Latin word", "غارات وF", 1, "وf", ""},
		{"outlet with dot", "لـ\"السورية.نت\"", 0, "سوريه نت", "ل"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			toks := Tokens(tc.text)
			if tc.tok >= len(toks) {
				t.Fatalf("only %d tokens in %q", len(toks), tc.text)
			}
			tk := toks[tc.tok]
			if !tk.Has(tc.key) {
				t.Errorf("token %q: no reading with key %q (have %+v)", tk.Surface, tc.key, tk.Variants)
			}
			if tk.Pre != tc.pre {
				t.Errorf("token %q: Pre = %q, want %q", tk.Surface, tk.Pre, tc.pre)
			}
		})
	}
}

func TestTokensBreaks(t *testing.T) {
	toks := Tokens(`حقل "كونيكو" للغاز، الذي (قسد)`)
	want := []bool{false, false, false, true, true}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Break != w {
			t.Errorf("token %d %q: Break = %v, want %v", i, toks[i].Surface, toks[i].Break, w)
		}
	}
	if !toks[1].Quote {
		t.Errorf("token %q should be marked quoted", toks[1].Surface)
	}
	// A colon, slash or dash between digits is part of a time or a date.
	toks = Tokens("الساعة ٨:٣٠ في 2023/08/07 أو 19-10-2023: انتهى")
	want = []bool{false, false, false, false, false, false, false, false, false, false, false, true}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Break != w {
			t.Errorf("token %d %q: Break = %v, want %v", i, toks[i].Surface, toks[i].Break, w)
		}
	}
	// A dash between an Arabic letter and a number is part of a designation
	// (قاعدة كي-1، إف-16); a Latin one (F-15) keeps its break.
	toks = Tokens("قاعدة كي-1 وطائرات إف-16 وF-15")
	want = []bool{false, false, false, false, false, false, false, true}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(toks), len(want))
	}
	for i, w := range want {
		if toks[i].Break != w {
			t.Errorf("token %d %q: Break = %v, want %v", i, toks[i].Surface, toks[i].Break, w)
		}
	}
}

// TestTokensJoiners checks that a zero-width non-joiner inside a Persian or
// Sorani spelling parts the word as a space does: Arabic outlets write such
// a name with a space ("كاكه يي"), and the two spellings must be one name.
func TestTokensJoiners(t *testing.T) {
	joined, spaced := Tokens("دلشاد كاكه\u200cيي"), Tokens("دلشاد كاكه يي")
	if len(joined) != len(spaced) {
		t.Fatalf("%d tokens with the joiner, %d with a space", len(joined), len(spaced))
	}
	for i := range joined {
		if joined[i].Key() != spaced[i].Key() || joined[i].Break {
			t.Errorf("token %d: %q (break %v) against %q", i, joined[i].Key(), joined[i].Break, spaced[i].Key())
		}
	}
}

func TestWordKeyAgreesWithKey(t *testing.T) {
	for _, w := range []string{"الميادين", "أمريكية", "الأميركي", "ميليشيا", "المليشيات", "٣", "الرقة", "التي", "Pentagon", "حمّار"} {
		if got, want := wordKey(w, Fold(w)), Key(w); got != want {
			t.Errorf("wordKey(%q) = %q, Key = %q", w, got, want)
		}
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"stops", "قصفت الطائرات المواقع. هل رد التحالف؟ نعم! انتهى", []string{"قصفت الطائرات المواقع.", "هل رد التحالف؟", "نعم!", "انتهى"}},
		{"outlet dot and decimals", "ذكر موقع السورية.نت أن 3.5 طن سقطت. ثم", []string{"ذكر موقع السورية.نت أن 3.5 طن سقطت.", "ثم"}},
		{"newlines make paragraphs", "سطر أول\n\nسطر ثان؛ وجزء", []string{"سطر أول", "سطر ثان؛", "وجزء"}},
		{"empty", "  \n\n ", nil},
		{"stops inside a quote", "قال كيربي: «نعتقد أنهم وراء الهجوم. سنرد في الوقت المناسب» في بيان. ثم", []string{"قال كيربي: «نعتقد أنهم وراء الهجوم. سنرد في الوقت المناسب» في بيان.", "ثم"}},
		{"a quote ending on a stop ends the sentence", "قال: «لن نسكت.» وأضاف أن الرد قادم.", []string{"قال: «لن نسكت.»", "وأضاف أن الرد قادم."}},
		{"unless a comma follows", "«لن نسكت.»، قال المتحدث. ثم", []string{"«لن نسكت.»، قال المتحدث.", "ثم"}},
		{"a quote left open is cut at its stops", "قال: «لن نسكت. أبداً\nسطر» آخر", []string{"قال: «لن نسكت.", "أبداً", "سطر» آخر"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Sentences(tc.text)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d sentences %+v, want %d", len(got), got, len(tc.want))
			}
			rs := []rune(tc.text)
			for i, s := range got {
				if s.Text != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, s.Text, tc.want[i])
				}
				if string(rs[s.Start:s.End]) != s.Text {
					t.Errorf("sentence %d offsets [%d,%d) do not give its text", i, s.Start, s.End)
				}
			}
		})
	}
}

func TestSentencesHugeLine(t *testing.T) {
	var b []byte
	for i := 0; i < 2000; i++ {
		b = append(b, "كلمة "...)
	}
	got := Sentences(string(b))
	if len(got) < 2 {
		t.Fatalf("a %d-rune line was not split", utf8.RuneCount(b))
	}
	for _, s := range got {
		if s.End-s.Start > MaxSentenceRunes+len("كلمة ") {
			t.Errorf("sentence of %d runes exceeds the limit", s.End-s.Start)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"وبـ«اشتعال» النيران", `لـ"قسد"`, "السورية.نت", "ـ", "\u0640\u0644", "a.b.c", "لل"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		last := 0
		for _, tk := range Tokens(s) {
			if tk.Start < last || tk.End <= tk.Start || tk.End > len(rs) {
				t.Fatalf("bad offsets [%d,%d) after %d in %d runes", tk.Start, tk.End, last, len(rs))
			}
			if string(rs[tk.Start:tk.End]) != tk.Surface {
				t.Fatalf("surface %q != text %q", tk.Surface, string(rs[tk.Start:tk.End]))
			}
			if len(tk.Variants) == 0 {
				t.Fatalf("token %q has no readings", tk.Surface)
			}
			last = tk.End
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"أ. ب؟ ج!", "\n\n", "السورية.نت. ثم", "...", "؛؛", "«أ. ب» ج. “د.” ه"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := []rune(s)
		last := 0
		for _, st := range Sentences(s) {
			if st.Start < last || st.End < st.Start || st.End > len(rs) {
				t.Fatalf("bad offsets [%d,%d) after %d in %d runes", st.Start, st.End, last, len(rs))
			}
			if string(rs[st.Start:st.End]) != st.Text {
				t.Fatalf("text mismatch")
			}
			last = st.End
		}
	})
}

func TestIsArabicLetterFastPath(t *testing.T) {
	for r := rune(0x0600); r <= 0x06FF; r++ {
		want := unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r)
		if got := IsArabicLetter(r); got != want {
			t.Errorf("IsArabicLetter(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestHasAny checks that HasAny finds a key of any reading of the token,
// the proclitic-stripped ones included, and nothing else.
func TestHasAny(t *testing.T) {
	tests := []struct {
		word string
		keys []string
		want bool
	}{
		{"وبيان", []string{"تقرير", "بيان"}, true},   // the reading without و ب
		{"للقاعدة", []string{"قاعده"}, true},         // لل and ta marbuta folded
		{"بيانات", []string{"بيان", "تقرير"}, false}, // a longer word is no match
		{"بيان", nil, false},
	}
	for _, tc := range tests {
		toks := Tokens(tc.word)
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens", tc.word, len(toks))
		}
		if got := toks[0].HasAny(tc.keys...); got != tc.want {
			t.Errorf("%q.HasAny(%q) = %v, want %v", tc.word, tc.keys, got, tc.want)
		}
	}
}

// TestHead checks Head and Head3, with their fast paths for two-byte runes, against
// the first two runes as a range loop counts them, on Arabic, Latin,
// mixed, short and invalid keys.
func TestHead(t *testing.T) {
	ref := func(k string, runes int) string {
		n := 0
		for i := range k {
			if n == runes {
				return k[:i]
			}
			n++
		}
		return k
	}
	for _, k := range []string{"", "ق", "قا", "قاع", "قاعده", "هجوم", "ab", "abc", "aقاعده", "قa", "قاa", "قاعa", "\xd8\xd8\xa7", "\xd8\xa7\x80\x80", "\xc2\x80\xc2\x80", "\xc2\x80\xc2\x80\xc2\x80", "قا\x80", "قاع\x80", "\xe2\x80\xa6اب"} {
		if got, want := Head(k), ref(k, 2); got != want {
			t.Errorf("Head(%q) = %q, want %q", k, got, want)
		}
		if got, want := Head3(k), ref(k, 3); got != want {
			t.Errorf("Head3(%q) = %q, want %q", k, got, want)
		}
	}
}

// TestASCIIEnd checks the table of the sentence split's fast path against
// mayEnd on every ASCII byte.
func TestASCIIEnd(t *testing.T) {
	for c := 0; c < 0x80; c++ {
		if got, want := asciiEnd[c] == 'e', mayEnd(string(rune(c)), 0); got != want {
			t.Errorf("asciiEnd[%#x] = %v, mayEnd says %v", c, got, want)
		}
	}
}

// TestPlainPair checks the sentence split's table of Arabic pairs: a
// valid rune that mayEnd says no to, and nothing else.
func TestPlainPair(t *testing.T) {
	for d := range plainPair {
		pair := string([]byte{byte((0xD880 + d) >> 8), byte(0xD880 + d)})
		r, size := utf8.DecodeRuneInString(pair)
		want := size == 2 && r != utf8.RuneError && !mayEnd(pair, 0)
		if plainPair[d] != want {
			t.Errorf("plainPair[% x] = %v, want %v", pair, plainPair[d], want)
		}
	}
}

// TestArabicRun checks the classes of the tokenizer's fast path against
// isWordRune, IsArabicLetter and the tatweel on every two-byte rune, and
// that the run stops at anything else.
func TestArabicRun(t *testing.T) {
	for r := rune(0x80); r < 0x800; r++ {
		e, class := arabicRun(string(r)+"a", 0)
		if in := r >= 0x0620 && r <= 0x0669; in != (e == 2) || !in && (e != 0 || class != 0) {
			t.Errorf("arabicRun(%q) = %d, %b", r, e, class)
			continue
		}
		if e == 0 {
			continue
		}
		if class&wordRune == 0 || !isWordRune(r) {
			t.Errorf("arabicRun(%q): not a word rune", r)
		}
		if got := class&wordLetter != 0; got != IsArabicLetter(r) {
			t.Errorf("arabicRun(%q): letter %v, IsArabicLetter says %v", r, got, IsArabicLetter(r))
		}
		if got := class&wordTatweel != 0; got != (r == 'ـ') {
			t.Errorf("arabicRun(%q): tatweel %v", r, got)
		}
	}
	for _, tc := range []struct {
		s    string
		want int
	}{{"", 0}, {"a", 0}, {"\u061f", 0}, {"\u066a", 0}, {"\u0670", 0}, {"\xd8", 0}, {"\xd9\xaa", 0}, {"\xd8\xa0\xd9", 2}, {"بيت ", 6}} {
		if e, _ := arabicRun(tc.s, 0); e != tc.want {
			t.Errorf("arabicRun(%q) = %d, want %d", tc.s, e, tc.want)
		}
	}
}

// TestMemo checks that the tokens of one cached word share its Memo, that
// a copy of a token with other readings has none, and that a Memo keeps
// the first value stored.
func TestMemo(t *testing.T) {
	tz := NewTokenizer()
	var toks []Token
	for range 100 { // past the first snapshot of the cache
		toks = tz.AppendTokens(toks[:0], "وقصفت الطائرات والمدفعية قاعدة وقصفت")
	}
	m := toks[0].Memo()
	if m == nil || toks[4].Memo() != m || toks[1].Memo() == m {
		t.Fatalf("memos %p %p %p: want one per word", m, toks[4].Memo(), toks[1].Memo())
	}
	m.Store(MemoCues, 1)
	m.Store(MemoCues, 2)
	m.Store(MemoNames, "x")
	if got := toks[4].Memo().Load(MemoCues); got != 1 {
		t.Errorf("Load(MemoCues) = %v, want 1", got)
	}
	if got := toks[4].Memo().Load(MemoNames); got != "x" {
		t.Errorf("Load(MemoNames) = %v, want x", got)
	}
	whole := toks[0]
	whole.Variants = whole.Variants[:1]
	if whole.Memo() != nil {
		t.Error("a token with fewer readings than its word keeps the word's Memo")
	}
	if Tokens("قاعدة")[0].Memo() != nil {
		t.Error("Tokens without a Tokenizer gives a Memo")
	}
}

// TestWordTableNearWords caches words that share their first and last
// bytes: of one length, differing only in the middle past 16 bytes, and
// of lengths whose first and last 4 bytes overlap; each keeps its own
// readings.
func TestWordTableNearWords(t *testing.T) {
	words := []string{"abab", "ababab", "abcdabcd", "abcd", "bcdabc",
		"استهدافالقاعدةالعسكرية", "استهدافالقاعدهالعسكرية", "استهدافالقواعدالعسكرية", "ب", "بب", "ببب"}
	tz := NewTokenizer()
	for range 100 { // past the first snapshot
		for _, w := range words {
			tz.readings(w)
		}
		for i := range 80 {
			tz.readings("كلمة" + strconv.Itoa(i))
		}
	}
	if tz.words.Load() == nil {
		t.Fatal("no snapshot made")
	}
	for _, w := range words {
		if got, want := tz.readings(w), Variants(w); !reflect.DeepEqual(got, want) {
			t.Errorf("readings(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRuneClasses checks isSpace and letterOrDigit against unicode on
// every rune of the Basic Multilingual Plane.
func TestRuneClasses(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Errorf("isSpace(%U) = %v, want %v", r, got, want)
		}
		if got, want := letterOrDigit(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("letterOrDigit(%U) = %v, want %v", r, got, want)
		}
	}
}

// TestForeignLettersFold checks that the Persian, Kurdish and Maghrebi
// letters of names key as the Arabic letters Arabic spelling writes: one
// name, however an outlet spells it.
func TestForeignLettersFold(t *testing.T) {
	pairs := [][2]string{
		{"محمد پاكپور", "محمد باكبور"},
		{"إحسان چلبي", "إحسان جلبي"},
		{"مخيم زرگويز", "مخيم زركويز"},
		{"ژيلا", "زيلا"},
		{"ڤيينا", "فيينا"},
		{"ڨالمة", "قالمة"},
		{"کۆیە", "كويه"},
	}
	for _, p := range pairs {
		if a, b := Key(p[0]), Key(p[1]); a != b {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	if Key("قاعدة") == Key("كاعدة") {
		t.Error("ق and ك must stay apart")
	}
}
