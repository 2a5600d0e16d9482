-- Version 19 gives the practice server an index of a contact moment's date by its id, for the
-- attention list's retention hint (see its V19). SQLite finds a moment by its rowid, which is
-- its id, and reads the date there: it needs no such index, and this version keeps both folders
-- in step.
SELECT 1;
