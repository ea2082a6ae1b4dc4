-- A carrier's codes, so tracking events that name a carrier by SCAC ("MAEU") or IATA prefix ("020") find its party,
-- and the template of its public tracking page ("https://track.example/?n={reference}").
alter table parties.party add column scac text check (scac ~ '^[A-Z]{2,4}$');
alter table parties.party add column iata_prefix text check (iata_prefix ~ '^[0-9]{3}$');
alter table parties.party add column tracking_url_template text check (length(tracking_url_template) <= 500);
