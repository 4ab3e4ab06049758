//! The `each` selector of a scoring node, parsed once at load: which indicators it expands over.

use crate::project::Indicator;
use crate::source::Span;

/// The keyword that starts every selector (`each: indicators`, `each: indicators.产出指标`).
const ALL: &str = "indicators";

/// Which project indicators an `each` node scores one item for.
#[derive(Debug, Clone)]
pub struct Selector {
    /// The 一级 or 二级 name the indicators must carry; `None` selects every indicator.
    pub group: Option<String>,
    /// Where the selector is written in policy.yaml.
    pub span: Span,
}

impl Selector {
    /// Parses `indicators` or `indicators.<一级或二级>`; `None` for anything else.
    pub fn parse(text: &str, span: Span) -> Option<Selector> {
        let text = text.trim();
        if text == ALL {
            return Some(Selector { group: None, span });
        }
        let group = text.strip_prefix(ALL)?.strip_prefix('.')?;
        if group.is_empty() {
            return None;
        }
        Some(Selector {
            group: Some(group.to_string()),
            span,
        })
    }

    /// True when the selector takes every indicator (`each: indicators`).
    pub fn is_all(&self) -> bool {
        self.group.is_none()
    }

    /// The name the selector picks by: the group, or `indicators` for all of them.
    pub fn name(&self) -> &str {
        self.group.as_deref().unwrap_or(ALL)
    }

    /// True when `indicator` is one the selector picks (by its 一级 or 二级 name).
    pub fn matches(&self, indicator: &Indicator) -> bool {
        match &self.group {
            None => true,
            Some(g) => indicator.level1.value == *g || indicator.level2.value == *g,
        }
    }
}

impl std::fmt::Display for Selector {
    /// As written in policy.yaml: `indicators` or `indicators.产出指标`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.group {
            None => f.write_str(ALL),
            Some(g) => write!(f, "{ALL}.{g}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Selector;
    use crate::source::{SourceFile, Span};

    fn span() -> Span {
        let f = SourceFile::new("p.yaml", "each: x");
        Span::new(&f, 0, 1)
    }

    #[test]
    fn parses_all_and_groups_and_rejects_the_rest() {
        assert!(Selector::parse("indicators", span()).unwrap().is_all());
        let s = Selector::parse("indicators.产出指标", span()).unwrap();
        assert_eq!(s.group.as_deref(), Some("产出指标"));
        assert_eq!(s.to_string(), "indicators.产出指标");
        for bad in [
            "indicators.",
            "indicator",
            "funds.allocated",
            "indicatorsX",
            "",
        ] {
            assert!(Selector::parse(bad, span()).is_none(), "{bad}");
        }
    }
}
