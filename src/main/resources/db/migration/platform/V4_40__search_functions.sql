-- Search (issue 8): the pieces every module's searchable columns share, so one record is indexed the same way
-- whichever module keeps it. pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
create extension if not exists pg_trgm;

-- Words in Danish, German and English at once: most records carry no language, and a Danish team reads German
-- carrier mail. A query is the union of the three configurations' queries (search_query), so "forsendelser" finds
-- "forsendelse" (Danish stem) and "Lieferscheine" finds "Lieferschein" (German stem). Declared immutable so that
-- generated columns may use it (array_to_string is only stable in general, but not for text[]).
create or replace function public.search_vector(parts text[]) returns tsvector
    language sql immutable parallel safe
    return to_tsvector('danish', left(array_to_string(parts, ' '), 200000))
        || to_tsvector('german', left(array_to_string(parts, ' '), 200000))
        || to_tsvector('english', left(array_to_string(parts, ' '), 200000));

-- Immutable (websearch_to_tsquery with a named configuration is), so that PostgreSQL folds it to a constant while
-- planning and can estimate how many rows match: a rare word is looked up in the GIN index, a common one read
-- along the recency index until enough are found.
create or replace function public.search_query(q text) returns tsquery
    language sql immutable parallel safe
    return websearch_to_tsquery('danish', q) || websearch_to_tsquery('german', q) || websearch_to_tsquery('english', q);

-- References and numbers as typed anywhere: lower case, separators inside them removed ("AWB 020-1234 5675" and
-- "W-17" become "02012345675" and "w17"), only the tokens with a digit kept. A trigram index over it finds a part
-- of a number typed with or without hyphens. Keep in step with SearchQuery.references() in Java.
create or replace function public.search_refs(t text) returns text
    language sql immutable parallel safe
    return (select coalesce(string_agg(m[1], ' '), '')
            from regexp_matches(
                regexp_replace(regexp_replace(lower(left(t, 200000)), '([[:alnum:]])[-./]+(?=[[:alnum:]])', '\1', 'g'),
                    '([[:digit:]]) (?=[[:digit:]])', '\1', 'g'),
                '([[:alnum:]]*[[:digit:]][[:alnum:]]*)', 'g') m);

-- The matching words of a text marked with U+E000 … U+E001 (plain text around them: the page escapes it and
-- marks the pieces), in the configuration that matched first.
create or replace function public.search_headline(doc text, q text) returns text
    language sql stable parallel safe
    return (select case
            when to_tsvector('danish', d) @@ websearch_to_tsquery('danish', q)
                then ts_headline('danish', d, websearch_to_tsquery('danish', q), o)
            when to_tsvector('german', d) @@ websearch_to_tsquery('german', q)
                then ts_headline('german', d, websearch_to_tsquery('german', q), o)
            else ts_headline('english', d, websearch_to_tsquery('english', q), o) end
        from (select left(coalesce(doc, ''), 20000) as d,
                     format('StartSel=%s, StopSel=%s, MaxWords=28, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "',
                         chr(57344), chr(57345)) as o) x);
