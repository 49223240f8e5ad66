"""Walks of the dependency tree that cost what they visit, are counted, and cannot crash.

spaCy's ``Token.subtree`` is a recursive generator: ``'said ' * 40000`` parses as one
chain 40,000 heads deep, the recursion overflows the C stack and the process dies with
SIGSEGV; on a chain of depth d every token it yields also passes through d generator
frames. :func:`subtree` walks a table of children built once per document with an
explicit stack (or, where the parse below a token is projective, so its subtree is the
contiguous run ``left_edge .. right_edge``, just slices it), and charges every token it hands out to
the document's :class:`WorkMeter`. A document whose walks pass its budget raises
:class:`~quotes.errors.DocumentTooCostly`: the CLI reports it as one failed input and the
batch goes on, instead of running for minutes on a text built to be expensive.
"""

from __future__ import annotations

from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from quotes.errors import DocumentTooCostly

# Tree steps a document may spend per token, plus a floor for short ones. Measured on
# news (seeds, ggt-dev, polnear-dev, polnear-train): at most about 20 steps a token in
# a whole article; hostile chains of cue words need thousands.
STEPS_PER_TOKEN = 60
MIN_STEPS = 20_000
_KEY = "quotes_tree"


class WorkMeter:
    """Steps spent walking one document's parse, against its budget."""

    def __init__(self, n_tokens: int, per_token: int = STEPS_PER_TOKEN) -> None:
        self.n_tokens = n_tokens
        self.limit = max(MIN_STEPS, per_token * n_tokens)
        self.steps = 0

    def charge(self, steps: int) -> None:
        self.steps += steps
        if self.steps > self.limit:
            raise DocumentTooCostly(
                f"the parse of this document ({self.n_tokens} tokens) needs more than "
                f"{self.limit} steps of clause analysis (repeated cue words or a parse "
                f"nested thousands deep); it is skipped, the rest of the batch goes on"
            )


class Tree:
    """Children, subtree sizes and edges of one parsed document, built in O(n)."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        rel = doc.to_array([HEAD]).astype("int64")  # offsets to the head, no Token objects
        heads = [i + r for i, r in enumerate(rel.tolist())]
        self.kids: list[list[int]] = [[] for _ in range(n)]
        roots = []
        for i, h in enumerate(heads):
            if h == i:
                roots.append(i)
            else:
                self.kids[h].append(i)  # ascending, as i ascends
        # Sizes and edges bottom-up over a breadth-first order from the roots (no recursion).
        order = list(roots)
        for i in order:
            order.extend(self.kids[i])
        size = [1] * n
        left = list(range(n))
        right = list(range(n))
        for i in reversed(order):
            h = heads[i]
            if h != i:
                size[h] += size[i]
                left[h] = min(left[h], left[i])
                right[h] = max(right[h], right[i])
        self.size = size
        self.left = left
        self.right = right
        # A token whose subtree, and every subtree below it, is contiguous: then spaCy's
        # in-order walk of it is the run left..right (one crossing arc elsewhere in a long
        # document must not send every walk down the slow path).
        flat = [size[i] == right[i] - left[i] + 1 for i in range(n)]
        for i in reversed(order):
            h = heads[i]
            if h != i and not flat[i]:
                flat[h] = False
        self.flat = flat if len(order) == n else [False] * n
        self.meter = WorkMeter(n)


def tree_of(doc: Doc) -> Tree:
    """The document's :class:`Tree`, built on first use and kept in ``doc.user_data``."""
    tree = doc.user_data.get(_KEY)
    if tree is None or len(tree.size) != len(doc):
        tree = doc.user_data[_KEY] = Tree(doc)
    return tree


def subtree_size(tok: Token) -> int:
    """How many tokens ``tok.subtree`` holds, in O(1)."""
    return tree_of(tok.doc).size[tok.i]


def subtree(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, same tokens in the same order, without recursion; counted."""
    doc = tok.doc
    tree = tree_of(doc)
    tree.meter.charge(tree.size[tok.i])
    if tree.flat[tok.i]:
        return list(doc[tree.left[tok.i] : tree.right[tok.i] + 1])
    return [doc[i] for i in _in_order(tree.kids, tok.i)]


def subtree_ids(tok: Token) -> set[int]:
    """The token indices of ``tok``'s subtree; counted like :func:`subtree`."""
    tree = tree_of(tok.doc)
    tree.meter.charge(tree.size[tok.i])
    if tree.flat[tok.i]:
        return set(range(tree.left[tok.i], tree.right[tok.i] + 1))
    return set(_in_order(tree.kids, tok.i))


def charge(doc: Doc, steps: int) -> None:
    """Count ``steps`` of other per-cue work (a scan of a sentence) against the budget."""
    tree_of(doc).meter.charge(steps)


def _in_order(kids: list[list[int]], root: int) -> list[int]:
    """Left children's subtrees, the node, right children's subtrees: spaCy's order."""
    out: list[int] = []
    stack: list[tuple[int, bool]] = [(root, False)]
    while stack:
        node, expanded = stack.pop()
        if expanded:
            out.append(node)
            continue
        below = kids[node]
        stack.extend((k, False) for k in reversed(below) if k > node)
        stack.append((node, True))
        stack.extend((k, False) for k in reversed(below) if k < node)
    return out
