package extract

// Helpers of the speed passes: small, local steps that the hot functions
// call instead of doing the same work in a slower general way.

// letterPair reports whether the bytes b0 b1 write one of the Arabic
// letters U+0621..U+064A (D8 A1..D8 BF, D9 80..D9 8A), tatweel included.
func letterPair(b0, b1 byte) bool {
	v := uint16(b0)<<8 | uint16(b1)
	return v-0xD8A1 <= 0xD8BF-0xD8A1 || v-0xD980 <= 0xD98A-0xD980
}
