package arabic

import "unicode/utf8"

// QuickNFC reports whether s is certainly in Unicode NFC as it is: it holds
// only ASCII, runes StableNFC trusts, and single harakat (U+064B..U+0652)
// after them. Most Arabic news is, and then norm.NFC.String, which looks
// every rune up in its tables, can be skipped. False means "not known":
// the caller normalises.
func QuickNFC(s string) bool {
	mark := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			mark = false
			continue
		}
		var r rune
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			r = rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		switch {
		case r >= 0x064B && r <= 0x0652:
			// One haraka composes with nothing; two in a row may need
			// reordering.
			if mark {
				return false
			}
			mark = true
		case StableNFC(r):
			mark = false
		default:
			return false
		}
	}
	return true
}

// StableNFC reports non-ASCII runes common in Arabic news that have no
// decomposition, combining class 0 and never compose with a neighbour, so
// a text of them and ASCII is NFC as it is. Harakat (which may need
// reordering) and the combining hamza and madda are not among them.
func StableNFC(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x064A, r >= 0x0660 && r <= 0x066D:
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x200B && r <= 0x200F:
		return r != 0x2024 && r != 0x2025 && r != 0x2026 // leaders and ellipsis decompose (compatibility only, but keep it simple)
	}
	switch r {
	case 0x060C, 0x061B, 0x061F, 0x00AB, 0x00BB, 0x00A0, 0x061C, 0xFEFF:
		return true
	}
	return false
}
