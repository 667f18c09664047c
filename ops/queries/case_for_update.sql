SELECT namespace, patient_ref, status, due_at FROM cases WHERE id = $1 FOR UPDATE
