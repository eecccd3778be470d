// Command pith extracts the article from HTML pages: files, folders, URLs,
// WARC files or standard input, written as text, Markdown, HTML or JSON.
package main

import (
	"os"
	"runtime/debug"
)

// gcPercent is the garbage collector's target when GOGC is not set: pith's
// heap is small (tens of MB) and short-lived per page, so collecting a
// quarter as often costs little memory and frees a core's worth of time in
// parallel batch runs.
const gcPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(int(Main(os.Args[1:], Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})))
}
