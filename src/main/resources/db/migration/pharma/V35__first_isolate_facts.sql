-- The resistance facts for monitoring count first isolates only, as the page does (CLSI M39, the first isolate of an
-- organism per patient and calendar year). Each result says whether it is counted: true for a first isolate, false
-- for a repeat; the facts reported are the changes of this flag. Results stored before this migration were all
-- reported (every isolate): null until the application's one-off recount on start takes back the repeats.

alter table ph_ast_result add column counted boolean;

create index ph_ast_result_not_recounted on ph_ast_result (institution_code) where counted is null;
