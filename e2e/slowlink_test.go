package e2e

import (
	"net"
	"sync"
	"testing"
	"time"
)

// slowLink is a slow network between the browser and a server, as a TCP
// proxy: every connection shares one downstream and one upstream bandwidth,
// and every byte is delayed by half the round trip each way. Unlike the
// DevTools protocol's throttling, it slows the service worker's downloads
// too, as a real connection would.
type slowLink struct {
	rtt      time.Duration
	down, up *pacer
}

// pacer hands out the time of one shared pipe of a fixed bandwidth.
type pacer struct {
	mu          sync.Mutex
	bytesPerSec float64
	free        time.Time
}

// reserve books n bytes on the pipe and returns when they are through.
func (p *pacer) reserve(n int) time.Time {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := time.Now(); p.free.Before(now) {
		p.free = now
	}
	p.free = p.free.Add(time.Duration(float64(n) / p.bytesPerSec * float64(time.Second)))
	return p.free
}

// listenSlow starts a slow link in front of backend (host:port) and returns
// the address to use instead.
func listenSlow(tb testing.TB, backend string, rtt time.Duration, down, up float64) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ln.Close() })
	l := &slowLink{rtt: rtt, down: &pacer{bytesPerSec: down}, up: &pacer{bytesPerSec: up}}
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			go l.carry(client, backend)
		}
	}()
	return ln.Addr().String()
}

func (l *slowLink) carry(client net.Conn, backend string) {
	server, err := net.Dial("tcp", backend)
	if err != nil {
		client.Close()
		return
	}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { defer wg.Done(); l.pipe(server, client, l.up) }()
	go func() { defer wg.Done(); l.pipe(client, server, l.down) }()
	wg.Wait()
	client.Close()
	server.Close()
}

// pipe copies src to dst, each chunk arriving half a round trip after it
// was read and no sooner than the shared bandwidth allows.
func (l *slowLink) pipe(dst, src net.Conn, p *pacer) {
	type chunk struct {
		data []byte
		due  time.Time
	}
	chunks := make(chan chunk, 256)
	go func() {
		defer close(chunks)
		for {
			buf := make([]byte, 8<<10)
			n, err := src.Read(buf)
			if n > 0 {
				chunks <- chunk{buf[:n], time.Now().Add(l.rtt / 2)}
			}
			if err != nil {
				return
			}
		}
	}()
	for c := range chunks {
		time.Sleep(time.Until(c.due))
		time.Sleep(time.Until(p.reserve(len(c.data))))
		if _, err := dst.Write(c.data); err != nil {
			src.Close() // the other end is gone: stop reading this one
			break
		}
	}
	if tcp, ok := dst.(*net.TCPConn); ok {
		tcp.CloseWrite()
	}
	for range chunks {
		// Drain, so the reader ends.
	}
}
