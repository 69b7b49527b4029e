// Command precompress writes a brotli (.br) and a gzip (.gz) copy beside each
// file it is given, so the server never compresses at request time.
package main

import (
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

var quality = flag.Int("quality", 11, "brotli quality, 0 (fastest) to 11 (smallest)")

func main() {
	flag.Parse()
	for _, name := range flag.Args() {
		if err := compress(name); err != nil {
			fmt.Fprintf(os.Stderr, "precompress: %v\n", err)
			os.Exit(1)
		}
	}
}

func compress(name string) error {
	data, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	br := brotli.NewWriterOptions(nil, brotli.WriterOptions{Quality: *quality, LGWin: 24})
	if err := write(name+".br", data, func(w io.Writer) io.WriteCloser { br.Reset(w); return br }); err != nil {
		return err
	}
	gz, err := gzip.NewWriterLevel(nil, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := write(name+".gz", data, func(w io.Writer) io.WriteCloser { gz.Reset(w); return gz }); err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes, brotli %d, gzip %d\n", name, len(data), size(name+".br"), size(name+".gz"))
	return nil
}

func write(name string, data []byte, wrap func(io.Writer) io.WriteCloser) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := wrap(f)
	if _, err := w.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		f.Close()
		return fmt.Errorf("compressing %s: %w", name, err)
	}
	return f.Close()
}

func size(name string) int64 {
	info, err := os.Stat(name)
	if err != nil {
		return 0
	}
	return info.Size()
}
