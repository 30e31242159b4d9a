using Sightline.Reports.Sbom;
using Xunit;

namespace Sightline.Reports.Tests.Spdx;

public sealed class SpdxIdTests
{
    private static SbomDocument WithRefs(params string[] refs) => new(
        new SbomSubject("repo:acme/ids", "acme/ids", null, SbomSubjectKind.Repository, null, null, []),
        [.. refs.Select(r => SpdxSamples.Component("pkg:npm/x@1", r, "1", bomRef: r))],
        [new SbomDependency("repo:acme/ids", [.. refs], [])],
        SpdxSamples.Metadata);

    [Theory]
    [InlineData("pkg:npm/%40types/node@20.11.0", "SPDXRef-pkg-npm--40types-node-20.11.0")]
    [InlineData("pkg:maven/org.apache/x@1.0?type=jar", "SPDXRef-pkg-maven-org.apache-x-1.0-type-jar")]
    [InlineData("already-Fine.1", "SPDXRef-already-Fine.1")]
    [InlineData("", "SPDXRef-package")]
    public void BomRef_IsSanitisedToTheSpdxIdAlphabet(string bomRef, string spdxId)
    {
        var root = SpdxJson.Root(SpdxSamples.Json(WithRefs(bomRef)));

        Assert.Equal([spdxId, "SPDXRef-repo-acme-ids"], SpdxJson.Ids(root));
    }

    [Fact]
    public void CollidingRefs_GetNumberedSuffixes_InOrdinalOrderOfTheRefs()
    {
        // "a-b" < "a-b-2" < "a/b" < "a:b" ordinally; "a-b-2" already owns the first suffix, so the next is -3.
        var root = SpdxJson.Root(SpdxSamples.Json(WithRefs("a:b", "a/b", "a-b-2", "a-b")));

        Assert.Equal(["SPDXRef-a-b", "SPDXRef-a-b-2", "SPDXRef-a-b-3", "SPDXRef-a-b-4", "SPDXRef-repo-acme-ids"], SpdxJson.Ids(root));
        Assert.Equal(["a-b", "a-b-2", "a/b", "a:b"], SpdxJson.Ids(root).SkipLast(1).Select(id => SpdxJson.String(SpdxJson.Package(root, id), "name")));
        Assert.Equal(
            [
                "SPDXRef-DOCUMENT DESCRIBES SPDXRef-repo-acme-ids",
                "SPDXRef-repo-acme-ids DEPENDS_ON SPDXRef-a-b",
                "SPDXRef-repo-acme-ids DEPENDS_ON SPDXRef-a-b-2",
                "SPDXRef-repo-acme-ids DEPENDS_ON SPDXRef-a-b-3",
                "SPDXRef-repo-acme-ids DEPENDS_ON SPDXRef-a-b-4",
            ],
            SpdxJson.Relationships(root));
    }

    [Fact]
    public void BomRefNamedDocument_DoesNotTakeTheDocumentId()
    {
        var root = SpdxJson.Root(SpdxSamples.Json(WithRefs("DOCUMENT")));

        Assert.Equal(["SPDXRef-DOCUMENT-2", "SPDXRef-repo-acme-ids"], SpdxJson.Ids(root));
    }

    [Fact]
    public void EdgesToUnknownRefs_AreDropped()
    {
        var document = WithRefs("known") with
        {
            Dependencies = [new SbomDependency("repo:acme/ids", ["known", "ghost"], ["ghost"]), new SbomDependency("ghost", ["known"], [])],
        };

        var root = SpdxJson.Root(SpdxSamples.Json(document));

        Assert.Equal(["SPDXRef-DOCUMENT DESCRIBES SPDXRef-repo-acme-ids", "SPDXRef-repo-acme-ids DEPENDS_ON SPDXRef-known"], SpdxJson.Relationships(root));
    }
}
