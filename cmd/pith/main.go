// Command pith extracts the article from HTML pages: files, URLs or
// standard input, written as text, Markdown, HTML or JSON.
package main

import "os"

func main() {
	os.Exit(int(Main(os.Args[1:], Streams{In: os.Stdin, Out: os.Stdout, Err: os.Stderr})))
}
