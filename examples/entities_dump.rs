// SCRATCH (extraction engineer): prints entities of the real corpus; deleted before hand-off.
use corpus_explorer::compiler::compile;
fn main() {
    let c = compile(std::path::Path::new("corpus")).unwrap().corpus;
    let mut es: Vec<_> = c.entities.iter().collect();
    es.sort_by_key(|e| (e.kind, std::cmp::Reverse(e.mentions.len()), e.name.clone()));
    for e in es {
        let docs: std::collections::BTreeSet<u32> = e.mentions.iter().map(|m| m.doc).collect();
        println!("{:?}\t{}\t{}d\t{}\t{:?}", e.kind, e.mentions.len(), docs.len(), e.name, e.aliases);
    }
    println!("relations: {}", c.relations.len());
}
