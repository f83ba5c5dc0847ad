// Package graph loads model.Documents into Dgraph (idempotent upserts over dgo), writes them as RDF, exports them back and runs the named queries.
package graph

import (
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dgraph-io/dgo/v230"
	"github.com/dgraph-io/dgo/v230/protos/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"

	"github.com/nisba/nisba/schema"
)

// Sentinel errors.
var (
	// ErrUnavailable means Dgraph could not be reached (or went away).
	ErrUnavailable = errors.New("dgraph unavailable")
)

// UnreachableError is the message for people when Dgraph does not answer;
// it matches ErrUnavailable with errors.Is.
type UnreachableError struct {
	Addr string
	Err  error
}

func (e *UnreachableError) Error() string {
	return fmt.Sprintf("Dgraph at %s is not reachable: %v — start it with \"nisba dgraph start\"", e.Addr, e.Err)
}

// Unwrap lets errors.Is find both ErrUnavailable and the cause.
func (e *UnreachableError) Unwrap() []error { return []error{ErrUnavailable, e.Err} }

// Options say where Dgraph is and how to talk to it.
type Options struct {
	GRPC string // alpha gRPC address, e.g. 127.0.0.1:9080
	HTTP string // alpha HTTP base URL, e.g. http://127.0.0.1:8080

	// TLS, all optional: a CA file enables TLS; Cert and Key add a client
	// certificate (mutual TLS); ServerName overrides the verified host name.
	CAFile, CertFile, KeyFile, ServerName string

	// ACL, optional: log in with User and Password into Namespace (0 is the
	// default namespace).
	User, Password string
	Namespace      uint64

	// DialTimeout bounds the reachability check of Dial (default 5s).
	DialTimeout time.Duration
	// HTTPClient is used for /admin and /graphql (default: one with a 60s timeout).
	HTTPClient *http.Client
}

// Client is one shared connection to a Dgraph alpha.
type Client struct {
	opts Options
	conn *grpc.ClientConn
	dg   *dgo.Dgraph
	http *http.Client
	jwt  string
}

// Dial connects to Dgraph and checks that it answers.
func Dial(ctx context.Context, opts Options) (*Client, error) {
	if opts.GRPC == "" {
		return nil, errors.New("dial dgraph: no gRPC address")
	}
	if opts.DialTimeout <= 0 {
		opts.DialTimeout = 5 * time.Second
	}
	opts.HTTP = strings.TrimRight(opts.HTTP, "/")
	tlsConf, err := opts.tlsConfig()
	if err != nil {
		return nil, err
	}
	creds := insecure.NewCredentials()
	if tlsConf != nil {
		creds = credentials.NewTLS(tlsConf)
	}
	conn, err := grpc.NewClient(opts.GRPC, grpc.WithTransportCredentials(creds),
		grpc.WithDefaultCallOptions(grpc.MaxCallRecvMsgSize(256<<20)))
	if err != nil {
		return nil, fmt.Errorf("dial dgraph at %s: %w", opts.GRPC, err)
	}
	c := &Client{opts: opts, conn: conn, dg: dgo.NewDgraphClient(api.NewDgraphClient(conn)), http: opts.HTTPClient}
	if c.http == nil {
		c.http = &http.Client{Timeout: 60 * time.Second}
		if tlsConf != nil {
			c.http.Transport = &http.Transport{TLSClientConfig: tlsConf}
		}
	}
	if err := c.check(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	return c, nil
}

// check logs in (with ACL) or asks for the version, so that an unreachable
// Dgraph fails at Dial with a message that says what to do.
func (c *Client) check(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, c.opts.DialTimeout)
	defer cancel()
	var err error
	if c.opts.User != "" {
		err = c.dg.LoginIntoNamespace(ctx, c.opts.User, c.opts.Password, c.opts.Namespace)
		if err == nil {
			c.jwt = c.dg.GetJwt().AccessJwt
		}
	} else {
		_, err = api.NewDgraphClient(c.conn).CheckVersion(ctx, &api.Check{}, grpc.WaitForReady(true))
	}
	if err == nil {
		return nil
	}
	if isTransient(err) || errors.Is(err, context.DeadlineExceeded) {
		return &UnreachableError{Addr: c.opts.GRPC, Err: err}
	}
	return fmt.Errorf("connect to dgraph at %s: %w", c.opts.GRPC, err)
}

func (o Options) tlsConfig() (*tls.Config, error) {
	if o.CAFile == "" && o.CertFile == "" {
		return nil, nil
	}
	conf := &tls.Config{ServerName: o.ServerName, MinVersion: tls.VersionTLS12}
	if o.CAFile != "" {
		pem, err := os.ReadFile(o.CAFile)
		if err != nil {
			return nil, fmt.Errorf("read dgraph CA: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return nil, fmt.Errorf("read dgraph CA %s: no certificate found", o.CAFile)
		}
		conf.RootCAs = pool
	}
	if o.CertFile != "" {
		cert, err := tls.LoadX509KeyPair(o.CertFile, o.KeyFile)
		if err != nil {
			return nil, fmt.Errorf("read dgraph client certificate: %w", err)
		}
		conf.Certificates = []tls.Certificate{cert}
	}
	return conf, nil
}

// Close releases the connection.
func (c *Client) Close() error {
	return c.conn.Close()
}

// Dgraph returns the shared dgo client, for callers that need raw access.
func (c *Client) Dgraph() *dgo.Dgraph { return c.dg }

// ApplySchema posts the GraphQL schema to /admin/schema and waits until
// Dgraph serves it.
func (c *Client) ApplySchema(ctx context.Context) error {
	var lastErr error
	for attempt := 0; attempt < 30; attempt++ {
		lastErr = c.postSchema(ctx)
		if lastErr == nil {
			return c.waitSchema(ctx)
		}
		if err := sleep(ctx, 500*time.Millisecond); err != nil {
			return fmt.Errorf("apply graphql schema: %w (last error: %v)", err, lastErr)
		}
	}
	return fmt.Errorf("apply graphql schema: %w", lastErr)
}

func (c *Client) postSchema(ctx context.Context) error {
	body, err := c.post(ctx, "/admin/schema", "application/graphql", []byte(schema.GraphQL))
	if err != nil {
		return err
	}
	var res struct {
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return fmt.Errorf("decode /admin/schema answer: %w", err)
	}
	if len(res.Errors) > 0 {
		return fmt.Errorf("dgraph refused the schema: %s", res.Errors[0].Message)
	}
	return nil
}

// waitSchema polls /graphql until the Attack type answers.
func (c *Client) waitSchema(ctx context.Context) error {
	const probe = `{ queryAttack(first: 1) { xid } }`
	var lastErr error
	for attempt := 0; attempt < 60; attempt++ {
		if _, lastErr = c.GraphQL(ctx, probe, nil); lastErr == nil {
			return nil
		}
		if err := sleep(ctx, 250*time.Millisecond); err != nil {
			return err
		}
	}
	return fmt.Errorf("wait for graphql schema: %w", lastErr)
}

// GraphQLError is an error Dgraph's GraphQL endpoint answered with.
type GraphQLError struct {
	Messages []string
}

func (e *GraphQLError) Error() string {
	return "graphql: " + strings.Join(e.Messages, "; ")
}

// GraphQL runs a GraphQL query (or mutation) on /graphql and returns its
// "data". Errors in the answer come back as *GraphQLError.
func (c *Client) GraphQL(ctx context.Context, query string, vars map[string]any) (json.RawMessage, error) {
	req, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, fmt.Errorf("encode graphql request: %w", err)
	}
	body, err := c.post(ctx, "/graphql", "application/json", req)
	if err != nil {
		return nil, err
	}
	var res struct {
		Data   json.RawMessage            `json:"data"`
		Errors []struct{ Message string } `json:"errors"`
	}
	if err := json.Unmarshal(body, &res); err != nil {
		return nil, fmt.Errorf("decode graphql answer: %w", err)
	}
	if len(res.Errors) > 0 {
		ge := &GraphQLError{}
		for _, e := range res.Errors {
			ge.Messages = append(ge.Messages, e.Message)
		}
		return res.Data, ge
	}
	return res.Data, nil
}

func (c *Client) post(ctx context.Context, path, contentType string, body []byte) ([]byte, error) {
	if c.opts.HTTP == "" {
		return nil, fmt.Errorf("post %s: no dgraph HTTP address configured", path)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.opts.HTTP+path, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("post %s: %w", path, err)
	}
	req.Header.Set("Content-Type", contentType)
	if c.jwt != "" {
		req.Header.Set("X-Dgraph-AccessToken", c.jwt)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("post %s%s: %v: %w", c.opts.HTTP, path, err, ErrUnavailable)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(io.LimitReader(resp.Body, 512<<20))
	if err != nil {
		return nil, fmt.Errorf("read answer of %s: %w", path, err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("post %s: %s: %s", path, resp.Status, bytes.TrimSpace(out))
	}
	return out, nil
}

// DQL runs a read-only DQL query with variables over gRPC and returns its JSON.
func (c *Client) DQL(ctx context.Context, query string, vars map[string]string) (json.RawMessage, error) {
	txn := c.dg.NewReadOnlyTxn()
	defer txn.Discard(ctx)
	resp, err := txn.QueryWithVars(ctx, query, vars)
	if err != nil {
		return nil, fmt.Errorf("dql query: %w", classify(err))
	}
	return resp.Json, nil
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
