-- Originals (sources.raw) are stored deflated from now on (db/text/original.ts):
-- at 100,000 articles they were a fifth of the database. pack_original is
-- that module's function, registered on the connection by db/migrate.ts.
UPDATE sources SET raw = pack_original(raw) WHERE typeof(raw) = 'text' AND raw <> '';
