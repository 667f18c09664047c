package server

import (
	"encoding/json"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"github.com/umassist/umassist"
	"github.com/umassist/umassist/postgres"
)

// What a case's record holds through the API: its drafts, the agent's
// trace of the newest, and the reviewers' actions.

func (s *Server) apiListDrafts(c echo.Context) error {
	cs, err := s.loadCase(c, "draft.list")
	if err != nil {
		return err
	}
	vs, err := s.cfg.Records.DraftVersions(c.Request().Context(), cs.ID)
	if err != nil {
		return err
	}
	if vs == nil {
		vs = []postgres.DraftVersion{}
	}
	return c.JSON(http.StatusOK, map[string]any{"items": vs})
}

func (s *Server) apiGetDraft(c echo.Context) error {
	v, err := strconv.Atoi(c.Param("version"))
	if err != nil && c.Param("version") != "latest" {
		return umassist.Errorf(umassist.EINVALID, "version must be a number or latest")
	}
	cs, err := s.loadCase(c, "draft.read")
	if err != nil {
		return err
	}
	var d *umassist.Draft
	if c.Param("version") == "latest" {
		d, _, err = s.cfg.Records.LatestDraft(c.Request().Context(), cs.ID)
	} else {
		d, _, err = s.cfg.Records.DraftVersion(c.Request().Context(), cs.ID, v)
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, d)
}

func (s *Server) apiGetTrace(c echo.Context) error {
	cs, err := s.loadCase(c, "trace.read")
	if err != nil {
		return err
	}
	d, trace, err := s.cfg.Records.LatestDraft(c.Request().Context(), cs.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, map[string]any{"case_id": cs.ID, "version": d.Version, "model": d.Model,
		"prompt_version": d.PromptVersion, "trace": json.RawMessage(trace)})
}

func (s *Server) apiListActions(c echo.Context) error {
	cs, err := s.loadCase(c, "review.list")
	if err != nil {
		return err
	}
	as, err := s.cfg.Records.Actions(c.Request().Context(), cs.ID)
	if err != nil {
		return err
	}
	if as == nil {
		as = []umassist.ReviewAction{}
	}
	return c.JSON(http.StatusOK, map[string]any{"items": as})
}
