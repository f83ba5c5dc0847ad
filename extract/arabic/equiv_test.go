package arabic

import (
	"reflect"
	"testing"
)

// equivCases are texts where the fast paths must agree with the plain
// implementations: clitics, diacritics, tatweel, letter variants, digits,
// Latin words, dots, quotes, bad UTF-8 and compatibility forms.
var equivCases = []string{
	"وبـ«اشتعال» النيران في والميادين وللتحالف الدولي",
	"فالهجوم كالعادة بالعراق لـ\"قسد\" وبقاعدة التنف",
	"مَدِينَةُ المَيَادِين، البنتاغـون (إيران) وأمريكا الأميركية",
	"سقطت ٣ قذائف و۴ صواريخ عند 3.5 كم. ثم السورية.نت؟ نعم!",
	"Pentagon قال CNN إن ...  \n\n سطر ثان؛ وجزء\r\nآخر\u2029فقرة",
	"ﻻ ﷲ ﺍﻟﻌﺮﺍﻕ ی ک ې ٱلله آل إلى",
	"bad \xff\xfe utf8 \xd8 والـ",
	"ـ لـ بـ وبـ «» ... ؛؛ \u200f\u200eقاعدة\u200b",
	"ا\u0653 و\u0654 ي\u0655 مليشيات ميليشيا الاميركي",
	"لل ولل للّه فلل كلل بالـ",
	"قال: «نحن هنا. لن نغادر». وأضاف “أولاً. ثانياً”، ثم «3.5 كم.» و«مفتوح. بلا إغلاق\nسطر» »؟",
	"«أ «ب. ج» د. هـ» و. «ز.»  ، ح «ط؟» ي",
	"محمد پاكپور وإحسان چلبي في جبل گارە وڨالمة وژيلا وڤيينا وکۆیە",
}

func TestFastPathsAgree(t *testing.T) {
	for _, s := range equivCases {
		checkAgree(t, s)
	}
}

func FuzzFastPathsAgree(f *testing.F) {
	for _, s := range equivCases {
		f.Add(s)
	}
	f.Fuzz(checkAgree)
}

// checkAgree compares Fold, Key, Tokens and Sentences with the reference
// implementations on s and on each of its words.
func checkAgree(t *testing.T, s string) {
	t.Helper()
	if got, want := Fold(s), refFold(s); got != want {
		t.Errorf("Fold(%q) = %q, want %q", s, got, want)
	}
	if got, want := Key(s), refKey(s); got != want {
		t.Errorf("Key(%q) = %q, want %q", s, got, want)
	}
	if got, want := stripHashes(t, Tokens(s)), refTokens(s); !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens(%q) =\n%+v\nwant\n%+v", s, got, want)
	}
	tz := NewTokenizer()
	for range 2 { // cold, then from the cache
		if got, want := stripHashes(t, cloneTokens(tz.Tokens(s))), refTokens(s); !reflect.DeepEqual(got, want) {
			t.Errorf("Tokenizer.Tokens(%q) =\n%+v\nwant\n%+v", s, got, want)
		}
	}
	if got, want := Sentences(s), refSentences(s); !reflect.DeepEqual(got, want) {
		t.Errorf("Sentences(%q) =\n%+v\nwant\n%+v", s, got, want)
	}
	for _, tk := range refTokens(s) {
		if got, want := stripVariants(t, Variants(tk.Surface)), refVariants(tk.Surface); !reflect.DeepEqual(got, want) {
			t.Errorf("Variants(%q) = %+v, want %+v", tk.Surface, got, want)
		}
	}
}

// stripHashes checks the precomputed hashes of every reading and clears
// them, for comparison with readings made without them.
func stripHashes(t *testing.T, toks []Token) []Token {
	t.Helper()
	for i := range toks {
		toks[i].Variants = stripVariants(t, toks[i].Variants)
	}
	return toks
}

func stripVariants(t *testing.T, vs []Variant) []Variant {
	t.Helper()
	for i := range vs {
		full, head, head3 := vs[i].Hash(), vs[i].HeadHash(), vs[i].Head3Hash()
		if full != KeyHash(vs[i].Key) || head != KeyHash(Head(vs[i].Key)) || head3 != KeyHash(Head3(vs[i].Key)) {
			t.Errorf("reading %q: hashes %x %x %x do not match its key", vs[i].Key, full, head, head3)
		}
		vs[i].hash, vs[i].head, vs[i].head3 = 0, 0, 0
	}
	return vs
}

// cloneTokens copies the readings, which a Tokenizer shares, and drops
// their Memo, which Tokens without a Tokenizer has not.
func cloneTokens(toks []Token) []Token {
	for i := range toks {
		toks[i].Variants = append([]Variant(nil), toks[i].Variants...)
		toks[i].memo = nil
	}
	return toks
}

// withoutMemo drops the Memo of each token, which Tokens without a
// Tokenizer has not.
func withoutMemo(toks []Token) []Token {
	for i := range toks {
		toks[i].memo = nil
	}
	return toks
}

// TestTokenizerConcurrent shares one Tokenizer between goroutines (run
// with -race) and checks every result against Tokens.
func TestTokenizerConcurrent(t *testing.T) {
	tz := NewTokenizer()
	errs := make(chan string, len(equivCases)*4)
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, s := range equivCases {
				if !reflect.DeepEqual(withoutMemo(tz.Tokens(s)), Tokens(s)) {
					errs <- s
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for s := range errs {
		t.Errorf("Tokenizer.Tokens(%q) differs from Tokens", s)
	}
	if n := tz.cached(); n == 0 || n > MaxCachedWords {
		t.Errorf("cache holds %d words", n)
	}
}

// TestPlainKeyAgrees checks Key's one-pass path for names against the
// reference on names of the usual shape and on near misses.
func TestPlainKeyAgrees(t *testing.T) {
	for _, s := range []string{
		"عين الأسد", "قاعدة عين الأسد", "الحشد الشعبي", "ألعاب", "الأميركي", "القوات الأمريكية",
		"ميليشيا الحرس", "كتائب حزب الله", "٣ قذائف", "مُسَيَّرَة", "ال", "الـ", "الى", "إلى الله",
		"قاعدة  التنف", " التنف", "التنف ", "الـتنف", "ا\u0653لة", "التحالف\u0670", "2023 الهجوم",
	} {
		if got, want := Key(s), refKey(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	}
}
