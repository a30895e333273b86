-- nodes (issue 23, ADR 0084): the visitors of every node in one place, so that "online now" and the
-- visits of a day count the whole site once (doimoi.portal.visitors=postgresql). Each node adds its
-- batch every half second, as it does for the view counts. Unlogged: a crash loses at most the last
-- five minutes' "online" and who already counted today or viewed an article (such a visitor may count
-- twice); the visits and views themselves are in portal.visit_day and article_views, which are logged.
CREATE UNLOGGED TABLE portal.visitor_seen
(
  visitor BIGINT                   NOT NULL PRIMARY KEY,
  seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visitor_seen_at ON portal.visitor_seen (seen_at);

CREATE UNLOGGED TABLE portal.visitor_day
(
  visitor BIGINT NOT NULL,
  day     DATE   NOT NULL,
  PRIMARY KEY (day, visitor)
);

-- a reader's views of one article within the view window count once, whichever node serves them
CREATE UNLOGGED TABLE portal.visitor_view
(
  visitor_and_article BIGINT                   NOT NULL PRIMARY KEY,
  counted_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX visitor_view_counted_at ON portal.visitor_view (counted_at);

-- article audio (issue 23): the content is kept by the configured file store (PostgreSQL with several
-- nodes); this says which content speaks which version of an article in which voice, for every node.
-- Made once per cluster: the node that takes the article's lock (ShedLock) makes it.
CREATE TABLE portal.article_audio
(
  speech_key  VARCHAR(80)  NOT NULL PRIMARY KEY,
  content_key VARCHAR(100) NOT NULL,
  media_type  VARCHAR(50)  NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);

-- a version of an article's text that espeak-ng could not speak: recorded once, tried again only when
-- the text changes (a new version has a new key)
CREATE TABLE portal.article_audio_failure
(
  failure_key VARCHAR(80)   NOT NULL PRIMARY KEY,
  article_id  UUID          NOT NULL,
  what        VARCHAR(2000) NOT NULL,
  failed_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
