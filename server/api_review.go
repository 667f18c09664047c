package server

// The reviewer's actions through the API: decisions, claims and new
// information; the rules they follow are the workflow's (postgres) and the
// domain's, enforced the same way for the UI.

import (
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
)

// ActionRequest is a reviewer's decision in the API.
type ActionRequest struct {
	Outcome       umassist.Outcome `json:"outcome"`
	Reason        string           `json:"reason,omitempty"`
	Passages      []string         `json:"passages,omitempty"`
	Question      string           `json:"question,omitempty"`
	EditedSummary string           `json:"edited_summary,omitempty"`
	DraftVersion  int              `json:"draft_version,omitempty"`
	// OverrideCode is required to approve against the draft
	// (umassist.OverrideCodes), with a reason.
	OverrideCode string `json:"override_code,omitempty"`
}

func (s *Server) apiDecide(c echo.Context) error {
	var in ActionRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	if err := s.checkPassages(c, c.Param("id"), in.Passages); err != nil {
		return err
	}
	cs, id, err := s.cfg.Review.Decide(c.Request().Context(), umassist.ReviewAction{
		CaseID: c.Param("id"), Actor: UserFrom(c).Actor(), Outcome: in.Outcome, Reason: strings.TrimSpace(in.Reason),
		Passages: cleanList(in.Passages), Question: strings.TrimSpace(in.Question), EditedSummary: in.EditedSummary, DraftVersion: in.DraftVersion,
		OverrideCode: strings.TrimSpace(in.OverrideCode),
	})
	if err != nil {
		return err
	}
	return c.JSON(http.StatusCreated, map[string]any{"action_id": id, "case": s.caseResponse(cs, nil)})
}

// checkPassages holds the passages a decision cites to the case: each
// exists, belongs to a policy the case's draft found governing or cited,
// and is in force on the request date. A denial resting on an unrelated
// or expired policy is refused before it is recorded.
func (s *Server) checkPassages(c echo.Context, caseID string, ids []string) error {
	ids = cleanList(ids)
	if s.cfg.Passages == nil || len(ids) == 0 {
		return nil
	}
	ctx := c.Request().Context()
	cs, err := s.cfg.Records.Case(ctx, caseID)
	if err != nil {
		return err
	}
	policies := map[string]bool{}
	if d, _, err := s.cfg.Records.LatestDraft(ctx, caseID); err == nil {
		policies[d.Policy] = d.Policy != ""
		for _, cr := range d.Criteria {
			for _, pid := range cr.Passages {
				if pol, _, ok := strings.Cut(pid, "#"); ok {
					policies[pol] = true
				}
			}
		}
	} else if umassist.ErrorCode(err) != umassist.ENOTFOUND {
		return err
	}
	for _, id := range ids {
		p, err := s.cfg.Passages.Passage(ctx, id)
		if umassist.ErrorCode(err) == umassist.ENOTFOUND {
			return umassist.Errorf(umassist.EINVALID, "policy passage %q does not exist: cite a passage of the policy", id)
		}
		if err != nil {
			return err
		}
		if len(policies) > 0 && !policies[p.PolicyID] {
			return umassist.Errorf(umassist.EINVALID, "policy passage %q is from %s, which does not govern this case (%s): cite the governing policy", id, p.PolicyID, strings.Join(sortedTrue(policies), ", "))
		}
		if !p.InForce(cs.Request.Date) {
			return umassist.Errorf(umassist.EINVALID, "policy passage %q is not in force on the request date %s", id, cs.Request.Date)
		}
	}
	return nil
}

func sortedTrue(m map[string]bool) []string {
	var out []string
	for k, ok := range m {
		if ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func cleanList(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (s *Server) apiClaim(c echo.Context) error {
	cl, err := s.cfg.Review.Claim(c.Request().Context(), c.Param("id"), UserFrom(c).Actor())
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, cl)
}

func (s *Server) apiRelease(c echo.Context) error {
	if err := s.cfg.Review.Release(c.Request().Context(), c.Param("id"), UserFrom(c).Actor()); err != nil {
		return err
	}
	return c.NoContent(http.StatusNoContent)
}

// InformationRequest is new information for an info_requested case.
type InformationRequest struct {
	Text string `json:"text"`
}

func (s *Server) apiAddInformation(c echo.Context) error {
	var in InformationRequest
	if err := decodeJSON(c, &in); err != nil {
		return err
	}
	cs, err := s.cfg.Review.AddInformation(c.Request().Context(), c.Param("id"), UserFrom(c).Actor(), in.Text)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusAccepted, s.caseResponse(cs, nil))
}
