"""Agglomerative clustering with cannot-links and average linkage over the judged pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence


class Clusters:
    """Agglomerative clustering with average linkage and cannot-links.

    Two groups join only when (1) no contradiction or changed detail (a contrasted pair) spans
    them, (2) two claims of one article meet only if judged the same proposition, (3) every
    pair of their members can be one source (`SourceGraph.link` is not None:
    a claim with no source never bridges two named sources, an expert never joins officials),
    and (4) more than `linkage` of the cross pairs were judged the same claim, or (5) more
    than `unopposed` of them were, every cross pair was compared and the judge read none as
    two different claims (`apart`). So a claim joins a cluster only if it matches the cluster
    as a whole, never because it resembles one member that another member contradicts.

    Rule (5) is there because the judge reads only about half of a statement's true
    retellings as one claim: a third outlet's retelling, judged one with the release and
    not sure about the wire copy of it, was refused by (4) alone. What the judge calls
    different is evidence against the join; what it is unsure of is not.
    """

    def __init__(self, n: int, contrasted: dict[int, set[int]], accepted: dict[int, set[int]],
                 linkable: Callable[[int, int], bool], linkage: float,
                 docs: Sequence[str], *, apart: dict[int, set[int]] | None = None,
                 unopposed: float | None = None,
                 consult: Callable[[list[tuple[int, int]]], None] | None = None,
                 seen: Callable[[int, int], bool] | None = None,
                 consult_max: int = 0) -> None:
        """`consult`, where given, decides cross pairs no stage decided (`seen` false) when a
        join would fail for want of them: into `accepted` and `contrasted`, in place; at most
        `consult_max` pairs for one join."""
        self.parent = list(range(n))
        self.doc = docs
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.contrasted = contrasted
        self.accepted = accepted
        self.linkable = linkable
        self.linkage = linkage
        self.consult = consult
        self.seen = seen
        self.consult_max = consult_max
        self.apart = apart if apart is not None else {}
        self.unopposed = linkage if unopposed is None else unopposed
        # set after a first pass: no join may bring together two groups that each hold a
        # member marked here (the matcher's statements, once they have clustered alone)
        self.kept_apart: Sequence[bool] = ()

    def find(self, i: int) -> int:
        """The root of i's group (with path halving)."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the groups of i and j if the rules of the class docstring allow; True if joined."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        a, b = self.members[ri], self.members[rj]
        if self.kept_apart and any(self.kept_apart[x] for x in a) and any(
                self.kept_apart[y] for y in b):
            return False
        small, big = (a, b) if len(a) <= len(b) else (b, a)
        bigset = set(big)
        if any(self.contrasted.get(x, set()) & bigset for x in small):
            return False
        if not self._joinable(small, big, bigset):
            if self.consult is None or self.seen is None:
                return False
            # the join fails for want of judged pairs: a cross pair no stage compared (its
            # cosine under the judge's floor, or outside the neighbours) is no evidence
            # either way, so the judge reads those now, and the join is decided on them
            share = min(self.linkage, self.unopposed)
            if self._links(small, bigset) + self.consult_max <= share * len(small) * len(big):
                return False  # even every pair it may read could not carry the join
            unseen: list[tuple[int, int]] = []
            for x in small:
                unseen += [(x, y) for y in big if not self.seen(x, y)]
                if len(unseen) > self.consult_max:
                    return False
            if not unseen or any(not self.linkable(x, y) for x in small for y in big):
                return False
            self.consult(unseen)
            if any(self.contrasted.get(x, set()) & bigset for x in small) or not self._joinable(
                    small, big, bigset):
                return False
        if any(not self.linkable(x, y) for x in small for y in big):
            return False
        keep, gone = min(ri, rj), max(ri, rj)
        self.parent[gone] = keep
        self.members[keep] = sorted(self.members[keep] + self.members.pop(gone))
        return True

    def _joinable(self, small: list[int], big: list[int], bigset: set[int]) -> bool:
        """Rules (2) and (4) of the class docstring on what is decided so far."""
        # two claims of one article share a cluster only when they were judged one proposition
        # (a lede paraphrase and its quote), never because each matches a third article
        big_docs: dict[str, list[int]] = defaultdict(list)
        for y in big:
            big_docs[self.doc[y]].append(y)
        for x in small:
            for y in big_docs.get(self.doc[x], ()):
                if y not in self.accepted.get(x, set()):
                    return False
        links = self._links(small, bigset)
        if links > self.linkage * len(small) * len(big):
            return True
        return self._unopposed(small, big, bigset, links)

    def _unopposed(self, small: list[int], big: list[int], bigset: set[int], links: int) -> bool:
        """Rule (5): a join that more than `unopposed` (not `linkage`) of the cross pairs carry,
        when every cross pair was compared and the judge read none as two different claims."""
        if self.seen is None or links <= self.unopposed * len(small) * len(big):
            return False
        return all(self.seen(x, y) for x in small for y in big) and not any(
            self.apart.get(x, set()) & bigset for x in small)

    def _links(self, small: list[int], bigset: set[int]) -> int:
        """How many cross pairs of the two groups were accepted so far."""
        return sum(len(self.accepted.get(x, set()) & bigset) for x in small)
