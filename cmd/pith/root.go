package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/pithtool/pith/extract"
)

// Streams are the process's standard streams, replaced by buffers in tests.
type Streams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer
}

// options hold the flag values of one run.
type options struct {
	format    string
	noTitle   bool
	url       string
	encoding  string
	timeout   time.Duration
	maxSize   byteSize
	userAgent string
	quiet     bool
	jsonBody  string
	explain   bool

	inputFile    string
	outputDir    string
	skipExisting bool
	logPath      string
	jobs         int
	include      []string
	keep         []string
	drop         []string
	minConf      float64
	rulesPath    string
	rules        *extract.Rules
}

const defaultMaxSize = 50 << 20

// usageError marks errors that exit with ExitUsage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

// Main runs pith with args and returns its exit code. It is the whole
// program: main only calls it, tests call it directly.
func Main(args []string, streams Streams) ExitCode {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	code := ExitOK
	cmd := newRootCommand(streams, &code)
	cmd.SetArgs(args)
	if err := cmd.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(streams.Err, "pith: %v\n", err)
		var usage usageError
		if errors.As(err, &usage) || isCobraUsageError(err) {
			return ExitUsage
		}
		return ExitFailed
	}
	return code
}

// isCobraUsageError recognises the argument errors cobra returns itself.
func isCobraUsageError(err error) bool {
	msg := err.Error()
	for _, prefix := range []string{"unknown command", "unknown flag", "unknown shorthand", "flag needs", "invalid argument", "accepts ", "requires "} {
		if len(msg) >= len(prefix) && msg[:len(prefix)] == prefix {
			return true
		}
	}
	return false
}

func newRootCommand(streams Streams, code *ExitCode) *cobra.Command {
	opts := &options{maxSize: defaultMaxSize}
	cmd := &cobra.Command{
		Use:   "pith [flags] [INPUT...]",
		Short: "Extract the article from HTML pages as text, Markdown, HTML or JSON",
		Long: `pith reads HTML pages and writes the article in them, without the site
around it: menus, share bars, comments, "read more" links, cookie banners.

An INPUT is a file (optionally .gz), a folder (walked for *.html, *.htm,
*.xhtml, *.shtml and their .gz forms), a WARC file (.warc, .warc.gz), an
http(s) URL, or - for standard input, which may hold one page, a WARC
stream or JSON Lines of {"url": ..., "html": ...}. With no INPUT pith reads
standard input.

Results come in input order on stdout: JSON as one object per line, other
formats each preceded by a line "==> INPUT <==" when there are several;
with -o, one file per input instead, written atomically.

Exit codes: 0 every input gave an article, 1 some input failed, 2 usage
error, 3 some input had no article (and none failed), 130 interrupted.
--timeout bounds each input, fetch and extraction together.`,
		Example: `  # A page from a pipe, from a URL, from a saved file:
  curl -s https://example.com/news/story.html | pith
  pith https://example.com/news/story.html
  pith -f markdown saved-page.html > story.md

  # A folder of saved pages to a folder of text files, four at a time, with a log:
  pith -j 4 -o clean/ --log run.jsonl saved-pages/
  # Resume it after an interruption:
  pith -j 4 -o clean/ --log run2.jsonl --skip-existing saved-pages/

  # A list of URLs (one a line, # comments) to JSON Lines:
  pith -f json -i urls.txt > articles.jsonl

  # A WARC crawl to JSON Lines, and the same as a filter on stdin:
  pith -f json crawl.warc.gz > articles.jsonl
  zcat crawl.warc.gz | pith -f json > articles.jsonl

  # Metadata and a Markdown body for jq:
  pith -f json --json-body markdown page.html | jq -r .title`,
		Args:          cobra.ArbitraryArgs,
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PreRunE: func(cmd *cobra.Command, args []string) error {
			return opts.validate()
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			*code = run(cmd.Context(), opts, args, streams)
			return nil
		},
	}
	cmd.SetIn(streams.In)
	cmd.SetOut(streams.Out)
	cmd.SetErr(streams.Err)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	cmd.SetVersionTemplate("pith {{.Version}}\n")

	f := cmd.Flags()
	f.StringVarP(&opts.format, "format", "f", "text", "output format: text, markdown, html or json")
	f.BoolVar(&opts.noTitle, "no-title", false, "text and markdown: write the body only, without the title")
	f.StringVar(&opts.url, "url", "", "the page's address for files and stdin (base for relative links, recorded in JSON)")
	f.StringVar(&opts.encoding, "encoding", "", "decode pages as this encoding (e.g. windows-1251), whatever they declare")
	f.DurationVar(&opts.timeout, "timeout", 30*time.Second, "time limit for each input, fetch and extraction together")
	f.Var(&opts.maxSize, "max-size", "largest input accepted, e.g. 10MB, 50MiB, 1GiB; larger inputs fail")
	f.StringVar(&opts.userAgent, "user-agent", defaultUserAgent(), "User-Agent header for URL inputs")
	f.BoolVarP(&opts.quiet, "quiet", "q", false, "print nothing on stderr but errors")
	f.StringVar(&opts.jsonBody, "json-body", "", "json: add the body as \"markdown\" or \"html\" beside \"text\"")
	f.StringVarP(&opts.inputFile, "input-file", "i", "", "read inputs (paths or URLs), one a line, from FILE or - (stdin); # comments")
	f.StringVarP(&opts.outputDir, "output", "o", "", "write one file per input under DIR (folders mirrored) instead of stdout")
	f.BoolVar(&opts.skipExisting, "skip-existing", false, "with -o: skip inputs whose output file exists (resume a run)")
	f.StringVar(&opts.logPath, "log", "", "write one JSON line per input to FILE: source, output, status, error, bytes, chars, ms")
	f.IntVarP(&opts.jobs, "jobs", "j", runtime.NumCPU(), "parallel workers")
	f.StringArrayVar(&opts.include, "include", nil, "folder walks: take files matching GLOB (repeatable) instead of *.html, *.htm, *.xhtml, *.shtml and their .gz")
	f.StringSliceVar(&opts.keep, "keep", nil, "kinds of boilerplate to keep, comma-separated, or all (comments come apart from the article)")
	f.StringSliceVar(&opts.drop, "drop", nil, "kinds of boilerplate to remove again after --keep (e.g. --keep all --drop ads)")
	f.StringVar(&opts.rulesPath, "rules", "", "read extra rules from FILE (JSON: per host or global CSS selectors and phrases to drop or keep, a body selector)")
	f.Float64Var(&opts.minConf, "min-confidence", 0, "treat articles whose confidence (0 to 1, in JSON) is lower as no article (exit 3)")
	f.BoolVar(&opts.explain, "explain", false, "list the blocks removed as boilerplate instead of the article (json: beside it, as \"removed\")")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(
		[]string{"text", "markdown", "html", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("json-body", cobra.FixedCompletions(
		[]string{"markdown", "html"}, cobra.ShellCompDirectiveNoFileComp))
	cmd.AddCommand(newCompletionCommand(cmd), newManCommand(cmd))
	return cmd
}

func (o *options) validate() error {
	switch o.format {
	case "text", "markdown", "html", "json":
	case "md":
		o.format = "markdown"
	case "txt":
		o.format = "text"
	default:
		return usageError{fmt.Errorf("invalid --format %q: want text, markdown, html or json", o.format)}
	}
	switch o.jsonBody {
	case "", "markdown", "html":
	default:
		return usageError{fmt.Errorf("invalid --json-body %q: want markdown or html", o.jsonBody)}
	}
	if _, err := o.keptKinds(); err != nil {
		return usageError{err}
	}
	if o.rulesPath != "" {
		data, err := os.ReadFile(o.rulesPath)
		if err != nil {
			return usageError{fmt.Errorf("--rules: %w", err)}
		}
		if o.rules, err = extract.ParseRules(o.rulesPath, data); err != nil {
			return usageError{err}
		}
	}
	if o.minConf < 0 || o.minConf > 1 {
		return usageError{fmt.Errorf("invalid --min-confidence %g: want a number from 0 to 1", o.minConf)}
	}
	if o.jobs < 1 {
		return usageError{fmt.Errorf("invalid --jobs %d: must be at least 1", o.jobs)}
	}
	if o.skipExisting && o.outputDir == "" {
		return usageError{fmt.Errorf("--skip-existing needs --output")}
	}
	if o.timeout <= 0 {
		return usageError{fmt.Errorf("invalid --timeout %s: must be positive", o.timeout)}
	}
	return nil
}

// newCompletionCommand is cobra's completion generator under a name that
// cannot be confused with an input file: "pith completion bash".
func newCompletionCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     "Print a shell completion script",
		Long:      "Print a completion script for the named shell. A file named \"completion\" is read as ./completion.",
		Args:      cobra.ExactArgs(1),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return usageError{fmt.Errorf("unknown shell %q: want bash, zsh, fish or powershell", args[0])}
		},
	}
}

// version reports the module version pith was built from.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "devel"
}

func defaultUserAgent() string {
	return "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 pith/" +
		version() + " (+https://github.com/pithtool/pith)"
}

// newManCommand prints pith's man page (roff) from the command's own help.
func newManCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the man page (pith man > pith.1)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			header := &doc.GenManHeader{Title: "PITH", Section: "1", Source: "pith " + version(), Manual: "pith manual"}
			return doc.GenMan(root, header, cmd.OutOrStdout())
		},
	}
}

// keptKinds resolves --keep and --drop into the kinds left in the article.
func (o *options) keptKinds() ([]extract.Kind, error) {
	set := map[extract.Kind]bool{}
	apply := func(flag string, names []string, on bool) error {
		for _, name := range names {
			name = strings.ToLower(strings.TrimSpace(name))
			if name == "all" {
				for _, k := range extract.Kinds() {
					set[k] = on
				}
				continue
			}
			if !slices.Contains(extract.Kinds(), extract.Kind(name)) {
				return fmt.Errorf("invalid --%s %q: want all or one of %s", flag, name, kindNames())
			}
			set[extract.Kind(name)] = on
		}
		return nil
	}
	if err := apply("keep", o.keep, true); err != nil {
		return nil, err
	}
	if err := apply("drop", o.drop, false); err != nil {
		return nil, err
	}
	var kept []extract.Kind
	for _, k := range extract.Kinds() {
		if set[k] {
			kept = append(kept, k)
		}
	}
	return kept, nil
}

func kindNames() string {
	var names []string
	for _, k := range extract.Kinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}
