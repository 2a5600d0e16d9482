-- Live updates between workstations (issue 12) exist on the practice server only: its V9 makes
-- each change send a notice to the other workstations (PostgreSQL's NOTIFY). One file has one
-- window, so there is nothing to tell; this version keeps both folders in step.
SELECT 1;
