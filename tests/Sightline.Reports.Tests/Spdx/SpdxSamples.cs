using Sightline.Reports.Sbom;

namespace Sightline.Reports.Tests.Spdx;

/// <summary>SBOM models the SPDX tests write: a bare one, a realistic npm + Maven repository, and a service.</summary>
internal static class SpdxSamples
{
    public static readonly SbomMetadata Metadata = new(
        "sightline", "1.4.0", new DateTimeOffset(2025, 3, 14, 10, 30, 15, TimeSpan.FromHours(2)),
        "urn:uuid:00000000-0000-0000-0000-000000000001", "https://sightline.dev/spdx/acme-shop-9f2c1e7");

    public static SbomDocument Empty() => new(
        new SbomSubject("repo:acme/empty", "acme/empty", null, SbomSubjectKind.Repository, null, null, []),
        [], [], Metadata);

    public static SbomComponent Component(string purl, string name, string? version, IReadOnlyList<string>? licenses = null,
        string? integrity = null, string? supplier = null, string? source = null, string scope = "runtime", string? bomRef = null) =>
        new(bomRef ?? purl, purl.Split(':', '/')[1], name, version, purl, scope, true, "package-lock.json",
            SbomHashes.From(integrity), licenses ?? [], supplier, source);

    public static SbomDocument NpmAndMaven() => new(
        new SbomSubject("repo:acme/shop", "acme/shop", "2.1.0", SbomSubjectKind.Repository, "9f2c1e7", "https://github.com/acme/shop", []),
        [
            Component("pkg:npm/express@4.19.2", "express", "4.19.2", ["MIT"],
                "sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==",
                source: "https://registry.npmjs.org/express/-/express-4.19.2.tgz"),
            Component("pkg:npm/body-parser@1.20.2", "body-parser", "1.20.2", ["MIT"], source: "npm"),
            Component("pkg:npm/%40types/node@20.11.0", "@types/node", "20.11.0", ["MIT"], scope: "dev"),
            Component("pkg:maven/org.apache.commons/commons-lang3@3.14.0", "org.apache.commons:commons-lang3", "3.14.0", ["Apache-2.0"],
                "5c2f7b5a3a0e1d6b9c8f7e6d5c4b3a2918f7e6d5 sha256:aa7c8a7a04b7f1b5e0d3b1e4c6bbac5f2f2a4f3d1c9e3b8a7f6e5d4c3b2a1f0e",
                supplier: "The Apache Software Foundation"),
            Component("pkg:maven/com.example/legacy@1.0", "com.example:legacy", "1.0", ["Apache License, Version 2.0"]),
            Component("pkg:maven/com.example/dual@2.0", "com.example:dual", "2.0", ["MIT OR Apache-2.0", "BSD-3-Clause"]),
        ],
        [
            new SbomDependency("repo:acme/shop", ["pkg:npm/express@4.19.2", "pkg:maven/org.apache.commons/commons-lang3@3.14.0"], ["pkg:npm/%40types/node@20.11.0"]),
            new SbomDependency("pkg:npm/express@4.19.2", ["pkg:npm/body-parser@1.20.2"], []),
            new SbomDependency("pkg:maven/org.apache.commons/commons-lang3@3.14.0", ["pkg:maven/com.example/legacy@1.0", "pkg:maven/com.example/dual@2.0"], []),
        ],
        Metadata);

    /// <summary>A service built from two repositories: one listed as a component, one known only by its ref.</summary>
    public static SbomDocument Service() => new(
        new SbomSubject("service:checkout", "checkout", "2025.03", SbomSubjectKind.Service, null, null, ["repo:acme/shop", "repo:acme/payments"]),
        [
            new SbomComponent("repo:acme/shop", "git", "acme/shop", "9f2c1e7", "pkg:github/acme/shop@9f2c1e7", "runtime", true, "acme/shop:", [], [], "Acme", "https://github.com/acme/shop"),
            Component("pkg:npm/express@4.19.2", "express", "4.19.2", ["MIT"]),
        ],
        [new SbomDependency("repo:acme/shop", ["pkg:npm/express@4.19.2"], [])],
        Metadata);

    /// <summary>The golden-file document: one hashed package, one LicenseRef, a dev edge, a multi-line licence text.</summary>
    public static SbomDocument Small() => new(
        new SbomSubject("repo:acme/tiny", "acme/tiny", null, SbomSubjectKind.Repository, "0a1b2c3", "https://github.com/acme/tiny", []),
        [
            Component("pkg:npm/left-pad@1.3.0", "left-pad", "1.3.0", ["WTFPL"], "fb82b3a0e8e1a3f1a8d4b3c2d1e0f9a8b7c6d5e4", source: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"),
            Component("pkg:npm/%40acme/util@0.1.0", "@acme/util", "0.1.0", ["Acme Source Licence\nno redistribution"], supplier: "Acme"),
        ],
        [new SbomDependency("repo:acme/tiny", ["pkg:npm/left-pad@1.3.0"], ["pkg:npm/%40acme/util@0.1.0"])],
        Metadata);

    public static byte[] Json(SbomDocument document)
    {
        using var stream = new MemoryStream();
        Sightline.Reports.Sbom.Spdx.SpdxJsonWriter.Write(document, stream);
        return stream.ToArray();
    }

    public static byte[] TagValue(SbomDocument document)
    {
        using var stream = new MemoryStream();
        Sightline.Reports.Sbom.Spdx.SpdxTagValueWriter.Write(document, stream);
        return stream.ToArray();
    }
}
