package rules

import (
	"sync"
	"testing"
)

// TestSlabClone checks that slices carved from one slab, from several
// goroutines, hold their copies and never share an element.
func TestSlabClone(t *testing.T) {
	var sl slab[int]
	if sl.clone(nil) != nil {
		t.Fatal("clone(nil) is not nil")
	}
	var wg sync.WaitGroup
	out := make([][][]int, 4)
	for g := range out {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 2000 {
				n := 1 + i%(chunkLen/3)
				src := make([]int, n)
				for j := range src {
					src[j] = g<<24 | i<<12 | j
				}
				c := sl.clone(src)
				if len(c) != n || n <= chunkLen/4 && cap(c) != n { // a long one is allocated alone
					t.Errorf("clone of %d: len %d cap %d", n, len(c), cap(c))
					return
				}
				out[g] = append(out[g], c)
			}
		}()
	}
	wg.Wait()
	for g, cs := range out {
		for i, c := range cs {
			for j, v := range c {
				if v != g<<24|i<<12|j {
					t.Fatalf("goroutine %d slice %d [%d] = %x: overwritten", g, i, j, v)
				}
			}
		}
	}
	if c := sl.clone(make([]int, chunkLen)); len(c) != chunkLen {
		t.Fatalf("long clone: len %d", len(c))
	}
}
