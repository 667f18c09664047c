package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/urfave/cli/v3"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/agent"
	"github.com/umassist/umassist/criteria"
	"github.com/umassist/umassist/postgres"
	"github.com/umassist/umassist/retrieval"
	"github.com/umassist/umassist/retrieval/policystore"
	"github.com/umassist/umassist/tools"
)

// packsCommand is the clinical editor's command line: the same revisions,
// moves and checks as the editor in the UI (/packs).
func (a *app) packsCommand() *cli.Command {
	return &cli.Command{
		Name:  "packs",
		Usage: "criteria packs: list, show, draft, save, validate, test, and move revisions (submit, return, publish, retire)",
		Commands: []*cli.Command{a.packsListCommand(), a.packsShowCommand(), a.packsDraftCommand(), a.packsSaveCommand(),
			a.packsValidateCommand(), a.packsTestCommand(), a.packsDiffCommand(),
			a.packsMoveCommand("submit", criteria.PackInReview, "submit a draft revision for review"),
			a.packsMoveCommand("return", criteria.PackDraft, "return a revision in review to its author"),
			a.packsMoveCommand("publish", criteria.PackPublished, "publish a revision in review (not your own): drafts use it from now on"),
			a.packsMoveCommand("retire", criteria.PackRetired, "retire a revision: it no longer drives drafts"),
		},
	}
}

// packStore opens the pack revisions, with the built-in packs imported.
func (a *app) packStore(ctx context.Context, cmd *cli.Command) (*postgres.PackStore, *policystore.Store, error) {
	pool, rs, err := a.policies(ctx, cmd)
	if err != nil {
		return nil, nil, err
	}
	ps, err := seedPacks(ctx, pool, rs)
	if err != nil {
		return nil, nil, err
	}
	return ps, rs, nil
}

var asFlag = &cli.StringFlag{Name: "as", Usage: "the clinical editor's (or physician's) account name; revisions are theirs in the audit log", Required: true}

// asEditor is the account named, if it may edit packs.
func (a *app) asEditor(ctx context.Context, cmd *cli.Command, name string) (umassist.Actor, error) {
	pool, err := a.db(ctx, cmd)
	if err != nil {
		return umassist.Actor{}, err
	}
	u, err := postgres.GetUserByName(ctx, pool, strings.ToLower(strings.TrimSpace(name)))
	if err != nil {
		return umassist.Actor{}, err
	}
	if u.Disabled || !criteria.CanEditPacks(u.Role) {
		return umassist.Actor{}, umassist.Errorf(umassist.EFORBIDDEN, "packs: %s may not edit packs (an enabled clinical_editor or physician may)", u.Name)
	}
	return u.Actor(), nil
}

// revisionArg reads PACK_ID and --revision (see revisionOf).
func (a *app) revisionArg(ctx context.Context, cmd *cli.Command, ps *postgres.PackStore) (*criteria.PackRevision, error) {
	id, err := oneArg(cmd, "PACK_ID")
	if err != nil {
		return nil, err
	}
	return revisionOf(ctx, ps, id, int(cmd.Int("revision")))
}

var revisionFlag = &cli.IntFlag{Name: "revision", Usage: "the revision (default: the published one, else the newest)"}

// seedPacks imports the built-in packs (postgres.PackStore.Seed), each
// keeping the text of the policy version it pins when the corpus holds it.
func seedPacks(ctx context.Context, pool *pgxpool.Pool, rs *policystore.Store) (*postgres.PackStore, error) {
	builtin, err := criteria.LoadPacks()
	if err != nil {
		return nil, err
	}
	ps := postgres.NewPackStore(pool)
	text := func(ctx context.Context, policy, version string) []criteria.SourcePassage {
		hits, err := rs.PolicyPassages(ctx, "", policy)
		if t := retrieval.PolicyTextOf(hits); err == nil && t.Version == version {
			return t.Passages
		}
		return nil
	}
	if _, err := ps.Seed(ctx, builtin, text); err != nil {
		return nil, err
	}
	return ps, nil
}

// policyTextOf is the text of a policy's version in force, kept with a
// revision saved against it.
func policyTextOf(ctx context.Context, rs *policystore.Store, policy string) []criteria.SourcePassage {
	hits, err := rs.PolicyPassages(ctx, "", policy)
	if err != nil {
		return nil
	}
	return retrieval.PolicyTextOf(hits).Passages
}

func (a *app) packsDraftCommand() *cli.Command {
	return &cli.Command{
		Name:      "draft",
		Usage:     "draft a pack from the text of a policy in the corpus: compiled (offline, deterministic) or by a language model (--model); --save-as stores it as a draft revision",
		ArgsUsage: "POLICY_ID",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "namespace", Usage: "look in this namespace first"},
			&cli.StringFlag{Name: "out", Usage: "write the draft to this file instead of stdout"},
			&cli.StringFlag{Name: "save-as", Usage: "store the draft as a new draft revision by this clinical editor (an account name)"},
			&cli.StringFlag{Name: "model", Value: "offline", Usage: "offline (the deterministic compiler) or a language model as --model elsewhere (openai:MODEL, langchain:…): its pack is held to every pack check"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			id := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
			if id == "" || strings.Contains(id, "#") {
				return usageError{fmt.Errorf("packs draft: POLICY_ID is required (\"NCD 20.8.3\")")}
			}
			_, store, err := a.policies(ctx, cmd)
			if err != nil {
				return err
			}
			hits, err := store.PolicyPassages(ctx, cmd.String("namespace"), id)
			if err != nil {
				return err
			}
			src := retrieval.PolicyTextOf(hits)
			pack := criteria.Compile(src)
			if m := cmd.String("model"); m != "offline" {
				model, err := agentModel(m)
				if err != nil {
					return err
				}
				if pack, err = (&agent.PackDrafter{Model: model}).Draft(ctx, src); err != nil {
					return fmt.Errorf("packs draft: %w", err)
				}
			}
			b, err := json.MarshalIndent(pack, "", "  ")
			if err != nil {
				return fmt.Errorf("packs draft: %w", err)
			}
			b = append(b, '\n')
			if out := cmd.String("out"); out != "" {
				if err := os.WriteFile(out, b, 0o644); err != nil {
					return fmt.Errorf("packs draft: %w", err)
				}
			} else if _, err := a.stdout.Write(b); err != nil {
				return fmt.Errorf("packs draft: %w", err)
			}
			hinted := 0
			for _, c := range pack.Criteria {
				if len(c.Evidence) > 0 {
					hinted++
				}
			}
			fmt.Fprintf(a.stderr, "draft %s: %d criteria (%d with machine-checkable hints, %d exclusions) from %d passages of %s version %s; unreviewed: add the services and review every criterion before publishing\n",
				pack.ID, len(pack.Criteria), hinted, len(pack.Logic.Exclusions), len(hits), src.ID, src.Version)
			if name := cmd.String("save-as"); name != "" {
				return a.saveRevision(ctx, cmd, name, pack, "compiled from the text of "+src.ID+" v"+src.Version)
			}
			return nil
		},
	}
}

func (a *app) packsSaveCommand() *cli.Command {
	return &cli.Command{
		Name:      "save",
		Usage:     "store an edited pack file as a new draft revision (validated against the corpus first)",
		ArgsUsage: "FILE",
		Flags:     []cli.Flag{asFlag, &cli.StringFlag{Name: "note", Usage: "what changed, for the reviewer"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			p, err := packFile(cmd, "packs save")
			if err != nil {
				return err
			}
			return a.saveRevision(ctx, cmd, cmd.String("as"), p, cmd.String("note"))
		},
	}
}

// packFile reads and parses the pack file the one argument names; a pack
// that does not parse or validate is a failed check (exit 3).
func packFile(cmd *cli.Command, verb string) (*criteria.Pack, error) {
	path, err := oneArg(cmd, "FILE")
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", verb, err)
	}
	p, err := criteria.ParsePack(raw)
	if err != nil {
		return nil, gateError{fmt.Errorf("%s: %s: %w", verb, path, err)}
	}
	return p, nil
}

// saveRevision validates a pack against the corpus and stores it as a new
// draft revision by the editor named as.
func (a *app) saveRevision(ctx context.Context, cmd *cli.Command, as string, p *criteria.Pack, note string) error {
	actor, err := a.asEditor(ctx, cmd, as)
	if err != nil {
		return err
	}
	ps, rs, err := a.packStore(ctx, cmd)
	if err != nil {
		return err
	}
	set, _, err := a.corpusPassages(ctx, cmd)
	if err != nil {
		return err
	}
	if err := p.Validate(set); err != nil {
		return gateError{fmt.Errorf("packs save: %s: %w", p.ID, err)}
	}
	rev, err := ps.SaveDraft(ctx, actor, p, policyTextOf(ctx, rs, p.Policy), note)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "saved %s\n", rev.Label())
	return nil
}

func (a *app) packsMoveCommand(name string, to criteria.PackStatus, usage string) *cli.Command {
	return &cli.Command{
		Name:      name,
		Usage:     usage,
		ArgsUsage: "PACK_ID",
		Flags:     []cli.Flag{asFlag, &cli.IntFlag{Name: "revision", Required: true}, &cli.StringFlag{Name: "note"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			id, err := oneArg(cmd, "PACK_ID")
			if err != nil {
				return err
			}
			actor, err := a.asEditor(ctx, cmd, cmd.String("as"))
			if err != nil {
				return err
			}
			ps, _, err := a.packStore(ctx, cmd)
			if err != nil {
				return err
			}
			rev, err := ps.Move(ctx, actor, id, int(cmd.Int("revision")), to, cmd.String("note"))
			if err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "%s\n", rev.Label())
			return nil
		},
	}
}

// packsListCommand lists each pack: its published revision, its newest,
// and whether a newer policy version makes it stale.
func (a *app) packsListCommand() *cli.Command {
	return &cli.Command{
		Name:  "list",
		Usage: "list the criteria packs: the published revision, the newest, and staleness",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			ps, rs, err := a.packStore(ctx, cmd)
			if err != nil {
				return err
			}
			latest, err := ps.Latest(ctx)
			if err != nil {
				return err
			}
			published, err := ps.Published(ctx)
			if err != nil {
				return err
			}
			inForce := map[string]string{}
			if ids := criteria.PoliciesOf(published); len(ids) > 0 {
				pols, err := rs.PoliciesInForce(ctx, retrieval.Filter{PolicyIDs: ids})
				if err != nil {
					return err
				}
				for _, p := range pols {
					inForce[p.ID] = p.Version
				}
			}
			w := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tPOLICY\tPAYER\tPUBLISHED\tNEWEST\tSTALE\tTITLE")
			for _, st := range criteria.Standings(latest, published, inForce) {
				r := st.Latest
				policy := r.Pack.Policy
				if r.Pack.PolicyVersion != "" {
					policy += " v" + r.Pack.PolicyVersion
				}
				pub, stale := "-", ""
				if p := st.Published; p != nil {
					pub = fmt.Sprintf("r%d by %s", p.Revision, p.Author)
				}
				if st.Stale != "" {
					stale = "v" + st.Stale + " in force"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\tr%d %s\t%s\t%s\n", r.Pack.ID, policy, r.Pack.Payer, pub, r.Revision, r.Status, stale, r.Pack.Title)
			}
			return w.Flush()
		},
	}
}

// packsShowCommand prints one revision as JSON, found by pack id or
// policy id.
func (a *app) packsShowCommand() *cli.Command {
	return &cli.Command{
		Name:      "show",
		Usage:     "print a pack revision as JSON (by pack id or policy id; the published revision unless --revision)",
		ArgsUsage: "PACK_OR_POLICY",
		Flags:     []cli.Flag{revisionFlag},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			id := strings.TrimSpace(strings.Join(cmd.Args().Slice(), " "))
			if id == "" {
				return usageError{fmt.Errorf("packs show: give a pack id or a policy id")}
			}
			ps, _, err := a.packStore(ctx, cmd)
			if err != nil {
				return err
			}
			latest, err := ps.Latest(ctx)
			if err != nil {
				return err
			}
			for _, r := range latest {
				if r.Pack.ID != id && !tools.SamePolicy(r.Pack.Policy, id) {
					continue
				}
				rev, err := revisionOf(ctx, ps, r.Pack.ID, int(cmd.Int("revision")))
				if err != nil {
					return err
				}
				b, err := json.MarshalIndent(rev.Pack, "", "  ")
				if err != nil {
					return fmt.Errorf("packs show: %w", err)
				}
				fmt.Fprintf(a.stderr, "%s\n", rev.Label())
				_, err = a.stdout.Write(append(b, '\n'))
				return err
			}
			return umassist.Errorf(umassist.ENOTFOUND, "packs show: no pack %q (umassist packs list)", id)
		},
	}
}

// revisionOf is revision n of a pack, or with n = 0 the published
// revision, else the newest.
func revisionOf(ctx context.Context, ps *postgres.PackStore, id string, n int) (*criteria.PackRevision, error) {
	if n > 0 {
		return ps.Revision(ctx, id, n)
	}
	revs, err := ps.Revisions(ctx, id)
	if err != nil {
		return nil, err
	}
	for i := range revs {
		if revs[i].Status == criteria.PackPublished {
			return &revs[i], nil
		}
	}
	return &revs[0], nil
}
