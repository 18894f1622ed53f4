// Command claimlogverifier checks claimlog's notes and proofs with Go's own golang.org/x/mod/sumdb/note and
// sumdb/tlog, so the test beside it can prove claimlog interoperates. It reads one JSON request on stdin and
// writes one JSON answer on stdout; each check reports "" when Go accepts and Go's error text when it refuses.
package main

import (
	"bufio"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

type request struct {
	VerifierKey string        `json:"verifierKey"`
	Notes       []string      `json:"notes"`
	Proofs      []proofCheck  `json:"proofs"`
	Consistency []consistency `json:"consistency"`
	Sign        *signRequest  `json:"sign"`
}

type proofCheck struct {
	Proof string `json:"proof"` // a c2sp.org/tlog-proof@v1 file
	Leaf  string `json:"leaf"`  // base64 leaf bytes
}

type consistency struct {
	OldNote string   `json:"oldNote"`
	NewNote string   `json:"newNote"`
	Proof   []string `json:"proof"` // base64 hashes
}

type signRequest struct {
	SignerKey string `json:"signerKey"`
	Text      string `json:"text"`
}

type answer struct {
	Notes       []string `json:"notes"`
	Proofs      []string `json:"proofs"`
	Consistency []string `json:"consistency"`
	Signed      string   `json:"signed"`
}

type tree struct {
	origin string
	size   int64
	root   tlog.Hash
}

func main() {
	var req request
	if err := json.NewDecoder(bufio.NewReader(os.Stdin)).Decode(&req); err != nil {
		fmt.Fprintln(os.Stderr, "claimlogverifier: bad request:", err)
		os.Exit(2)
	}
	verifier, err := note.NewVerifier(req.VerifierKey)
	if err != nil {
		fmt.Fprintln(os.Stderr, "claimlogverifier: bad verifier key:", err)
		os.Exit(2)
	}
	verifiers := note.VerifierList(verifier)
	var out answer
	for _, n := range req.Notes {
		_, err := openTree(n, verifiers)
		out.Notes = append(out.Notes, errText(err))
	}
	for _, p := range req.Proofs {
		out.Proofs = append(out.Proofs, errText(checkProof(p, verifiers)))
	}
	for _, c := range req.Consistency {
		out.Consistency = append(out.Consistency, errText(checkConsistency(c, verifiers)))
	}
	if req.Sign != nil {
		signer, err := note.NewSigner(req.Sign.SignerKey)
		if err != nil {
			fmt.Fprintln(os.Stderr, "claimlogverifier: bad signer key:", err)
			os.Exit(2)
		}
		signed, err := note.Sign(&note.Note{Text: req.Sign.Text}, signer)
		if err != nil {
			fmt.Fprintln(os.Stderr, "claimlogverifier: sign:", err)
			os.Exit(2)
		}
		out.Signed = string(signed)
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		os.Exit(2)
	}
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// openTree opens a signed checkpoint note with sumdb/note and reads its C2SP checkpoint body.
func openTree(msg string, verifiers note.Verifiers) (tree, error) {
	n, err := note.Open([]byte(msg), verifiers)
	if err != nil {
		return tree{}, err
	}
	lines := strings.SplitN(n.Text, "\n", 4)
	if len(lines) < 4 {
		return tree{}, errors.New("checkpoint has fewer than 3 lines")
	}
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 {
		return tree{}, fmt.Errorf("bad checkpoint size %q", lines[1])
	}
	root, err := tlog.ParseHash(lines[2])
	if err != nil {
		return tree{}, err
	}
	return tree{origin: lines[0], size: size, root: root}, nil
}

// checkProof reads a c2sp.org/tlog-proof@v1 file and checks it with sumdb/note and tlog.CheckRecord.
func checkProof(p proofCheck, verifiers note.Verifiers) error {
	blank := strings.Index(p.Proof, "\n\n")
	if blank < 0 {
		return errors.New("proof has no empty line")
	}
	lines := strings.Split(p.Proof[:blank], "\n")
	if lines[0] != "c2sp.org/tlog-proof@v1" {
		return fmt.Errorf("bad header %q", lines[0])
	}
	lines = lines[1:]
	if len(lines) > 0 && strings.HasPrefix(lines[0], "extra ") {
		lines = lines[1:]
	}
	if len(lines) == 0 || !strings.HasPrefix(lines[0], "index ") {
		return errors.New("no index line")
	}
	index, err := strconv.ParseInt(strings.TrimPrefix(lines[0], "index "), 10, 64)
	if err != nil {
		return err
	}
	var proof tlog.RecordProof
	for _, line := range lines[1:] {
		h, err := tlog.ParseHash(line)
		if err != nil {
			return err
		}
		proof = append(proof, h)
	}
	t, err := openTree(p.Proof[blank+2:], verifiers)
	if err != nil {
		return err
	}
	leaf, err := base64.StdEncoding.DecodeString(p.Leaf)
	if err != nil {
		return err
	}
	return tlog.CheckRecord(proof, t.size, t.root, index, tlog.RecordHash(leaf))
}

// checkConsistency opens two checkpoints and checks the proof between them with tlog.CheckTree.
func checkConsistency(c consistency, verifiers note.Verifiers) error {
	old, err := openTree(c.OldNote, verifiers)
	if err != nil {
		return err
	}
	cur, err := openTree(c.NewNote, verifiers)
	if err != nil {
		return err
	}
	if old.origin != cur.origin {
		return errors.New("checkpoints of different logs")
	}
	var proof tlog.TreeProof
	for _, s := range c.Proof {
		h, err := tlog.ParseHash(s)
		if err != nil {
			return err
		}
		proof = append(proof, h)
	}
	return tlog.CheckTree(proof, cur.size, cur.root, old.size, old.root)
}
