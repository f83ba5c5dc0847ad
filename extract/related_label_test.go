package extract

import "testing"

// TestRelatedLine pins the labels read as links to other stories, as sites
// write them, and lines that only hold a colon or a dash.
func TestRelatedLine(t *testing.T) {
	for line, want := range map[string]bool{
		"اقرأ أيضاً: قصف على قاعدة التنف": true, "اقرأ كذلك: خبر": true, "إقرأ المزيد: خبر": true,
		"طالع أيضا: خبر": true, "شاهد أيضاً - فيديو": true, "ذات صلة: خبر": true, "- ذات صلة - خبر": true,
		"مواضيع ذات صلة: خبر": true, "أخبار ذات صلة: خبر": true, "مقالات ذات صلة: خبر": true,
		"للمزيد: خبر": true, "المزيد: خبر": true,
		"وقال مصدر أمني: «سقطت صواريخ»": false, "اقرأ أيضاً قصف على قاعدة التنف": false,
		"المتحدث باسم البنتاغون - واشنطن": false, "": false,
	} {
		if got := relatedLine(line); got != want {
			t.Errorf("relatedLine(%q) = %v, want %v", line, got, want)
		}
	}
}
