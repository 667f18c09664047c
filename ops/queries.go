package ops

import (
	"embed"
	"strings"
)

//go:embed queries/*.sql
var queryFS embed.FS

// query returns an embedded SQL file by name (without .sql). A missing file
// is a programming error caught by every test.
func query(name string) string {
	b, err := queryFS.ReadFile("queries/" + name + ".sql")
	if err != nil {
		panic("ops: missing query " + name)
	}
	return strings.TrimSpace(string(b))
}

var (
	qDepthByStatus  = query("depth_by_status")
	qOpenByUrgency  = query("open_by_urgency_payer")
	qSLACounts      = query("sla_counts")
	qSLACases       = query("sla_cases")
	qDraftsPerHour  = query("drafts_per_hour")
	qRates          = query("rates")
	qReviewers      = query("reviewers")
	qCMS0057FCases  = query("cms0057f_cases")
	qQueueJobs      = query("queue_jobs")
	qAssign         = query("assign")
	qAppealFile     = query("appeal_file")
	qAppealDecide   = query("appeal_decide")
	qExtend         = query("extend")
	qCaseForUpdate  = query("case_for_update")
	qAssignmentsFor = query("assignments")
	qFailedCases    = query("failed_cases")
	qLatestJob      = query("latest_job")
	qSLAGauge       = query("sla_gauge")
)
