package scantest

import (
	"bytes"
	"encoding/binary"
)

// TIFF is a little-endian TIFF with a chain of pages image directories,
// each declaring a page of w×h pixels and no pixel data. loop points the
// last directory back at the first.
func TIFF(pages, w, h int, loop bool) []byte {
	var b bytes.Buffer
	b.WriteString("II*\x00")
	_ = binary.Write(&b, binary.LittleEndian, uint32(8))
	const dirSize = 2 + 2*12 + 4
	for i := range pages {
		_ = binary.Write(&b, binary.LittleEndian, uint16(2))
		for _, e := range [][2]uint32{{256, uint32(w)}, {257, uint32(h)}} {
			_ = binary.Write(&b, binary.LittleEndian, uint16(e[0]))
			_ = binary.Write(&b, binary.LittleEndian, uint16(4)) // LONG
			_ = binary.Write(&b, binary.LittleEndian, uint32(1))
			_ = binary.Write(&b, binary.LittleEndian, e[1])
		}
		next := uint32(8 + (i+1)*dirSize)
		if i == pages-1 {
			next = 0
			if loop {
				next = 8
			}
		}
		_ = binary.Write(&b, binary.LittleEndian, next)
	}
	return b.Bytes()
}
