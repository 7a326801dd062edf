//! Document listings and the reader view: metadata, cleaned text, paragraphs and entity mentions.

use super::filter::{Filter, Skip};
use super::order;
use super::views::{DocumentMention, DocumentSummary, DocumentView, ParagraphView};
use super::{Explorer, Result};

impl Explorer {
    pub(super) fn document_summary(&self, doc: u32) -> DocumentSummary {
        let d = &self.corpus.documents[doc as usize];
        let mentions = self.doc_entities[doc as usize]
            .iter()
            .map(|&e| {
                self.corpus.entities[e as usize].mentions.iter().filter(|m| m.doc == doc).count()
                    as u32
            })
            .sum();
        DocumentSummary {
            id: d.id.clone(),
            title: d.title.clone(),
            outlet: d.outlet.clone(),
            published: d.published.clone(),
            authors: d.authors.clone(),
            source: d.source.clone(),
            sentences: d.sentence_count,
            mentions,
        }
    }

    /// Documents passing the filter, oldest first (ties by id).
    pub fn documents(&self, filter: &Filter) -> Result<Vec<DocumentSummary>> {
        let resolved = filter.resolve(self)?;
        let mut docs: Vec<u32> = (0..self.corpus.documents.len() as u32)
            .filter(|&d| resolved.accepts_doc(self, d, Skip::Nothing))
            .filter(|&d| {
                resolved.kinds.is_empty()
                    || self.doc_entities[d as usize]
                        .iter()
                        .any(|&e| resolved.kinds.contains(&self.corpus.entities[e as usize].kind))
            })
            .filter(|&d| resolved.doc_names_linked(self, d))
            .collect();
        order::sort_by(&mut docs, |&a, &b| {
            let (a, b) = (&self.corpus.documents[a as usize], &self.corpus.documents[b as usize]);
            (a.published.as_str(), a.id.as_str()).cmp(&(b.published.as_str(), b.id.as_str()))
        });
        Ok(docs.into_iter().map(|d| self.document_summary(d)).collect())
    }

    /// One document with its text, paragraphs and mentions (sorted by offset).
    pub fn document(&self, id: &str) -> Result<DocumentView> {
        let doc = self.doc_index(id)?;
        let d = &self.corpus.documents[doc as usize];
        let mut mentions: Vec<DocumentMention> = self.doc_entities[doc as usize]
            .iter()
            .flat_map(|&e| {
                let entity = &self.corpus.entities[e as usize];
                entity.mentions.iter().filter(move |m| m.doc == doc).map(move |m| DocumentMention {
                    entity: entity.id.clone(),
                    name: entity.name.clone(),
                    kind: entity.kind.as_str(),
                    start: m.start,
                    end: m.end,
                })
            })
            .collect();
        order::sort_by(&mut mentions, |a, b| {
            (a.start, a.end, &a.entity).cmp(&(b.start, b.end, &b.entity))
        });
        Ok(DocumentView {
            summary: self.document_summary(doc),
            text: d.text.clone(),
            paragraphs: d
                .paragraphs
                .iter()
                .map(|p| ParagraphView { start: p.start, end: p.end, kind: p.kind.as_str() })
                .collect(),
            mention_list: mentions,
        })
    }
}
