package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"

	"github.com/nisba/nisba/extract/arabic"
	"github.com/nisba/nisba/model"
)

// Read reads one article file: metadata from meta (by file id), content hash
// of the raw bytes, text decoded to NFC UTF-8 with HTML stripped. What was
// repaired on the way is noted in Meta.Notes. The error is a Problem.
func Read(path string, meta Meta) (Article, error) {
	if info, err := os.Stat(path); err == nil && info.Size() > MaxBytes {
		return Article{}, Problem{Path: path, Err: wrap(ErrTooLarge, "%d bytes, more than %d", info.Size(), int64(MaxBytes))}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Article{}, Problem{Path: path, Err: openErr(err)}
	}
	text, pm, notes, err := decode(b, isHTMLName(path))
	if err != nil {
		return Article{}, Problem{Path: path, Err: err}
	}
	m := meta.For(path)
	m.Path = path
	notes = append(notes, fromPage(&m, pm)...)
	sum := sha256.Sum256(b)
	m.Hash = hex.EncodeToString(sum[:])
	m.Notes = append(m.Notes, notes...)
	return Article{Meta: m, Text: text}, nil
}

// MaxBytes bounds an article file: anything bigger is surely not one news
// article, and reading it whole would cost memory for nothing.
const MaxBytes = 64 << 20

func isHTMLName(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}

// Decode turns raw file bytes into clean article text. html forces HTML
// stripping; HTML is also recognised by its content.
func Decode(b []byte, html bool) (string, []string, error) {
	text, _, notes, err := decode(b, html)
	return text, notes, err
}

// decode is Decode that also returns what an HTML page says about itself.
func decode(b []byte, html bool) (string, pageMeta, []string, error) {
	var pm pageMeta
	if len(bytes.TrimSpace(b)) == 0 {
		return "", pm, nil, ErrEmpty
	}
	text, notes, err := toUTF8(b)
	if err != nil {
		return "", pm, nil, err
	}
	if isBinary(text) {
		return "", pm, nil, wrap(ErrBinary, "mostly control characters")
	}
	if html || looksHTML(text) {
		text, pm = readPage(text)
		notes = append(notes, "HTML markup removed")
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if !arabic.QuickNFC(text) {
		text = norm.NFC.String(text)
	}
	if strings.TrimSpace(text) == "" {
		return "", pm, nil, wrap(ErrEmpty, "no text")
	}
	return text, pm, notes, nil
}

// fromPage fills what the metadata files left empty from the page's own
// metadata and notes the publication day it took: relative days ("أمس")
// count from it.
func fromPage(m *model.Article, pm pageMeta) []string {
	var notes []string
	if m.Published == "" && pm.Published != "" {
		m.Published = pm.Published
		notes = append(notes, "publication day "+pm.Published+" read from the page")
	}
	if m.Title == "" {
		m.Title = pm.Title
	}
	if m.Outlet == "" {
		m.Outlet = pm.Outlet
	}
	if m.URL == "" {
		m.URL = pm.URL
	}
	return notes
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// toUTF8 recognises UTF-8 (with or without BOM), UTF-16 (BOM or the zero
// bytes of Latin text) and windows-1256, the Arabic code page.
func toUTF8(b []byte) (string, []string, error) {
	if bytes.HasPrefix(b, utf8BOM) {
		b = b[len(utf8BOM):]
	}
	if e, name := utf16Encoding(b); e != nil {
		out, err := e.NewDecoder().Bytes(b)
		if err == nil && utf8.Valid(out) && !isBinary(string(out)) {
			return strings.TrimPrefix(string(out), "\uFEFF"), []string{"decoded from " + name}, nil
		}
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return "", nil, wrap(ErrBinary, "contains NUL bytes")
	}
	if utf8.Valid(b) {
		return string(b), nil, nil
	}
	if s, ok := fromWindows1256(b); ok {
		return s, []string{"decoded from windows-1256"}, nil
	}
	return "", nil, wrap(ErrNotUTF8, "invalid UTF-8 at byte %d and not Arabic windows-1256", firstInvalid(b))
}

func utf16Encoding(b []byte) (encoding.Encoding, string) {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM), "UTF-16LE"
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM), "UTF-16BE"
	case len(b) >= 4 && len(b)%2 == 0:
		// No BOM: spaces and digits of UTF-16 text have a zero high byte.
		even, odd := zeros(b)
		if odd > len(b)/40 && even == 0 {
			return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "UTF-16LE"
		}
		if even > len(b)/40 && odd == 0 {
			return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "UTF-16BE"
		}
	}
	return nil, ""
}

func zeros(b []byte) (even, odd int) {
	for i, c := range b {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	return even, odd
}

// fromWindows1256 decodes b as windows-1256 and accepts the result only if
// it reads as Arabic: every byte decodes to something, so plausibility is
// the only test.
func fromWindows1256(b []byte) (string, bool) {
	out, err := charmap.Windows1256.NewDecoder().Bytes(b)
	if err != nil {
		return "", false
	}
	s := string(out)
	var letters, arabic int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				arabic++
			}
		}
	}
	return s, letters > 0 && arabic*2 >= letters && !isBinary(s)
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBinary reports text with more than 5% control or replacement characters.
func isBinary(s string) bool {
	var bad, all int
	for _, r := range s {
		all++
		if r == utf8.RuneError || (unicode.IsControl(r) && !strings.ContainsRune("\t\n\r\f\v", r)) {
			bad++
		}
	}
	return all > 0 && bad*20 > all
}
