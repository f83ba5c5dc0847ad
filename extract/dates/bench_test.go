package dates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText mixes sentences with and without dates, like article text.
var benchText = strings.Repeat("قال المتحدث باسم التحالف إن القوات ردت على مصادر النيران وإن التحقيق مستمر. ", 8) +
	"وكانت القاعدة تعرضت في 28 من الشهر الماضي وفجر اليوم الأحد لهجمات بطائرات مسيرة. " +
	strings.Repeat("وأضاف أن الأضرار اقتصرت على الماديات ولم يصب أحد من الجنود بأذى. ", 8)

func BenchmarkFind(b *testing.B) {
	sentences := strings.SplitAfter(benchText, ". ")
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			Find(s, pub)
		}
	}
}

func BenchmarkFindNoDate(b *testing.B) {
	const s = "قال المتحدث باسم التحالف إن القوات ردت على مصادر النيران وإن التحقيق مستمر."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, pub)
	}
}

func BenchmarkFindDate(b *testing.B) {
	const s = "وكانت القاعدة تعرضت في 28 من الشهر الماضي وفجر اليوم الأحد لهجمات بطائرات مسيرة."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, pub)
	}
}

// BenchmarkFindCorpus runs Find on every line and sentence of the article
// corpora, as the extractor does; most have no date.
func BenchmarkFindCorpus(b *testing.B) {
	var texts []string
	size := 0
	for _, dir := range []string{"../../../shared/corpus/seeds", "../testdata/heldout", "../../examples/articles"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			for _, line := range strings.Split(string(data), "\n") {
				for _, s := range strings.SplitAfter(line, ". ") {
					texts = append(texts, s)
					size += len(s)
				}
			}
		}
	}
	if len(texts) == 0 {
		b.Skip("no corpora")
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Find(s, pub)
		}
	}
}
