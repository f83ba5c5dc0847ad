// Package config builds nisba's typed configuration from defaults, an optional
// YAML file, NISBA_* environment variables and command-line flags, in that
// order of increasing precedence.
package config

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/go-viper/mapstructure/v2"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// EnvPrefix is the prefix of every environment variable nisba reads:
// key dgraph.grpc is NISBA_DGRAPH_GRPC.
const EnvPrefix = "NISBA"

// Config is everything a nisba command can be told.
type Config struct {
	Dgraph   Dgraph  `mapstructure:"dgraph"`
	Load     Loader  `mapstructure:"load"`
	Input    Input   `mapstructure:"input"`
	Lexicon  Lexicon `mapstructure:"lexicon"`
	Watch    Watch   `mapstructure:"watch"`
	StateDir string  `mapstructure:"state_dir"`
	Local    Local   `mapstructure:"local"`
	Verbose  bool    `mapstructure:"verbose"`
}

// Dgraph says where the Dgraph cluster is and how to authenticate.
type Dgraph struct {
	GRPC      string `mapstructure:"grpc"`
	HTTP      string `mapstructure:"http"`
	TLS       TLS    `mapstructure:"tls"`
	User      string `mapstructure:"user"`
	Password  string `mapstructure:"password"`
	Namespace uint64 `mapstructure:"namespace"`
}

// TLS configures the client side of TLS to Dgraph. All empty means plaintext.
type TLS struct {
	CA         string `mapstructure:"ca"`
	Cert       string `mapstructure:"cert"`
	Key        string `mapstructure:"key"`
	ServerName string `mapstructure:"server_name"`
	Insecure   bool   `mapstructure:"insecure"`
}

// Enabled reports whether any TLS setting was given.
func (t TLS) Enabled() bool {
	return t.CA != "" || t.Cert != "" || t.Key != "" || t.ServerName != "" || t.Insecure
}

// Loader tunes how documents are written into Dgraph.
type Loader struct {
	BatchSize   int           `mapstructure:"batch_size"`
	Concurrency int           `mapstructure:"concurrency"`
	Retries     int           `mapstructure:"retries"`
	MaxBackoff  time.Duration `mapstructure:"max_backoff"`
	// Chunk > 0 streams big corpora: load every Chunk extracted articles
	// instead of once at the end.
	Chunk int `mapstructure:"chunk"`
	// Prune retracts the recorded articles whose files are gone from the
	// loaded folders (see nisba load --prune).
	Prune bool `mapstructure:"prune"`
}

// Input says which files of a folder are articles and where metadata is.
type Input struct {
	Globs     []string `mapstructure:"globs"`
	MetaFiles []string `mapstructure:"meta_files"`
	Workers   int      `mapstructure:"workers"` // 0: GOMAXPROCS
}

// Lexicon names extra gazetteer files or folders added to the built-in one.
type Lexicon struct {
	Paths []string `mapstructure:"paths"`
}

// Watch configures periodic loads.
type Watch struct {
	Interval time.Duration `mapstructure:"interval"`
}

// Local configures the local Dgraph that `nisba dgraph` manages; its data
// lives under <state_dir>/dgraph.
type Local struct {
	Bin        string `mapstructure:"bin"`         // "": NISBA_DGRAPH_BIN or the cached build
	PortOffset int    `mapstructure:"port_offset"` // added to 5080/6080/7080/8080/9080
}

// Defaults returns every key with its default value. Every key of Config is
// here: the set of keys doubles as the list of keys a file may use.
func Defaults() map[string]any {
	return map[string]any{
		"dgraph.grpc":            "127.0.0.1:9080",
		"dgraph.http":            "http://127.0.0.1:8080",
		"dgraph.tls.ca":          "",
		"dgraph.tls.cert":        "",
		"dgraph.tls.key":         "",
		"dgraph.tls.server_name": "",
		"dgraph.tls.insecure":    false,
		"dgraph.user":            "",
		"dgraph.password":        "",
		"dgraph.namespace":       0,
		"load.batch_size":        1000,
		"load.concurrency":       2,
		"load.retries":           5,
		"load.max_backoff":       "10s",
		"load.chunk":             0,
		"load.prune":             false,
		"input.globs":            []string{"*.txt"},
		"input.meta_files":       []string{},
		"input.workers":          0,
		"lexicon.paths":          []string{},
		"watch.interval":         "15m",
		"state_dir":              ".nisba",
		"local.bin":              "",
		"local.port_offset":      0,
		"verbose":                false,
	}
}

// Keys returns the known keys, sorted.
func Keys() []string {
	d := Defaults()
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// FlagKeys maps the command-line flags that override configuration to
// their keys. A command binds whichever of these flags it defines.
func FlagKeys() map[string]string {
	return map[string]string{
		"dgraph-grpc": "dgraph.grpc",
		"dgraph-http": "dgraph.http",
		"state-dir":   "state_dir",
		"verbose":     "verbose",
		"batch-size":  "load.batch_size",
		"concurrency": "load.concurrency",
		"chunk":       "load.chunk",
		"prune":       "load.prune",
		"workers":     "input.workers",
		"glob":        "input.globs",
		"meta":        "input.meta_files",
		"lexicon":     "lexicon.paths",
		"interval":    "watch.interval",
		"port-offset": "local.port_offset",
		"dgraph-bin":  "local.bin",
	}
}

// Sources are where a configuration comes from besides the defaults and the
// NISBA_* environment.
type Sources struct {
	File  string         // optional YAML file; "" for none
	Flags *pflag.FlagSet // optional; flags named in FlagKeys are bound
}

// Load builds a Config from defaults, the file, the environment and the
// flags, decodes it once and validates it.
func Load(src Sources) (*Config, error) {
	v := viper.New()
	for k, val := range Defaults() {
		v.SetDefault(k, val)
	}
	v.SetEnvPrefix(EnvPrefix)
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()
	if src.File != "" {
		if err := readFile(v, src.File); err != nil {
			return nil, err
		}
	}
	if err := bindFlags(v, src.Flags); err != nil {
		return nil, err
	}
	var c Config
	err := v.Unmarshal(&c, viper.DecodeHook(mapstructure.ComposeDecodeHookFunc(
		mapstructure.StringToTimeDurationHookFunc(),
		mapstructure.StringToSliceHookFunc(","),
	)))
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// readFile merges the YAML file into v after rejecting keys nisba does not know.
func readFile(v *viper.Viper, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("config file: %w", err)
	}
	defer f.Close()
	fv := viper.New()
	fv.SetConfigType("yaml")
	if err := fv.ReadConfig(f); err != nil {
		return fmt.Errorf("config file %s: %w", path, err)
	}
	if unknown := unknownKeys(fv.AllKeys()); len(unknown) > 0 {
		return fmt.Errorf("config file %s: %w: %s (known keys: %s)", path, ErrUnknownKey,
			strings.Join(unknown, ", "), strings.Join(Keys(), ", "))
	}
	return v.MergeConfigMap(fv.AllSettings())
}

func unknownKeys(keys []string) []string {
	known := Defaults()
	var unknown []string
	for _, k := range keys {
		if _, ok := known[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	return unknown
}

func bindFlags(v *viper.Viper, fs *pflag.FlagSet) error {
	if fs == nil {
		return nil
	}
	for name, key := range FlagKeys() {
		f := fs.Lookup(name)
		if f == nil {
			continue
		}
		if err := v.BindPFlag(key, f); err != nil {
			return fmt.Errorf("config: bind flag --%s: %w", name, err)
		}
	}
	return nil
}

// Sentinel errors.
var (
	// ErrUnknownKey marks a config file key nisba does not know (often a typo).
	ErrUnknownKey = errors.New("unknown key")
	// ErrInvalid marks a value that is out of range or malformed.
	ErrInvalid = errors.New("invalid value")
)
