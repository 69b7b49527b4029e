package e2e

import (
	"crypto/sha256"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/cxopath/cxopath/content"
)

// TestStoppingTheServerLetsDownloadsInFlightFinish stops the real server
// process with SIGTERM, as a host does when it deploys, while 50 learners
// are downloading app.wasm over slow connections: every download completes
// whole, and then the server is gone.
func TestStoppingTheServerLetsDownloadsInFlightFinish(t *testing.T) {
	addr := freeAddr(t)
	base, stop := serve(t, serverBin, addr)
	client := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	fetch := func() (*http.Response, error) {
		req, _ := http.NewRequest(http.MethodGet, base+"/web/app.wasm", nil)
		req.Header.Set("Accept-Encoding", "identity")
		return client.Do(req)
	}
	res, err := fetch()
	if err != nil {
		t.Fatal(err)
	}
	whole, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || res.ContentLength != int64(len(whole)) || len(whole) < 1<<20 {
		t.Fatalf("one download: %d of %d bytes, %v", len(whole), res.ContentLength, err)
	}
	want := sha256.Sum256(whole)

	const learners = 50
	started := make(chan struct{}, learners)
	// Every download stays half done until the test has seen that the
	// stopping server takes no new connection.
	refused := make(chan struct{})
	errs := make(chan error, learners)
	var wg sync.WaitGroup
	for i := range learners {
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := fetch()
			if err != nil {
				errs <- fmt.Errorf("download %d: %w", i, err)
				started <- struct{}{}
				return
			}
			defer res.Body.Close()
			h := sha256.New()
			// A slow connection: 256 KB every 20 ms, about 1.5 s for the file.
			chunk := make([]byte, 256<<10)
			n, err := io.ReadFull(res.Body, chunk)
			h.Write(chunk[:n])
			started <- struct{}{}
			<-refused
			for err == nil {
				time.Sleep(20 * time.Millisecond)
				n, err = io.ReadFull(res.Body, chunk)
				h.Write(chunk[:n])
			}
			if err != io.EOF && err != io.ErrUnexpectedEOF {
				errs <- fmt.Errorf("download %d broke off: %w", i, err)
			} else if got := h.Sum(nil); string(got) != string(want[:]) {
				errs <- fmt.Errorf("download %d is not the whole file", i)
			}
		}()
	}
	for range learners {
		<-started
	}
	stopped := make(chan struct{})
	go func() { stop(); close(stopped) }()
	// Well inside the 10 s after which stop kills the server.
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		conn, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			break // refused: the server has stopped listening
		}
		conn.Close()
		if time.Now().After(deadline) {
			t.Error("5 s after SIGTERM, with downloads in flight, the server still takes new connections")
			break
		}
	}
	close(refused)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	select {
	case <-stopped:
	case <-time.After(15 * time.Second):
		t.Error("the server did not exit once the downloads were done")
	}
}

// defaultCourse is the built-in course, or the test stops saying why it
// could not be loaded.
func defaultCourse(t *testing.T) *content.Course {
	t.Helper()
	course, err := content.Default()
	if err != nil {
		t.Fatalf("loading the built-in course: %v", err)
	}
	return course
}
