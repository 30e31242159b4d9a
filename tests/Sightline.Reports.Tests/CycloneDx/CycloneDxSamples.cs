using Sightline.Reports.Sbom;

namespace Sightline.Reports.Tests.CycloneDx;

/// <summary>Documents the CycloneDX tests write: empty, a realistic npm + Maven repository, and a service built from two repositories.</summary>
internal static class CycloneDxSamples
{
    public static readonly SbomMetadata Metadata = new("sightline", "1.4.0", new DateTimeOffset(2025, 3, 4, 10, 20, 30, 789, TimeSpan.FromHours(2)),
        "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79", "https://sightline.example/spdx/shop-3e671687");

    public static readonly SbomSubject Repository = new("repo:acme/shop", "acme/shop", null, SbomSubjectKind.Repository,
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", "https://github.com/acme/shop.git", []);

    public static SbomDocument Empty => new(Repository with { RepositoryUrl = null, Revision = null }, [], [], Metadata);

    public static SbomComponent Component(string bomRef, string ecosystem, string name, string scope, params string[] licenses) =>
        new(bomRef, ecosystem, name, "1.0.0", bomRef, scope, false, "package.json", [], licenses, null, null);

    public static SbomComponent Babel => new("pkg:npm/%40babel/core@7.24.0", "npm", "@babel/core", "7.24.0", "pkg:npm/%40babel/core@7.24.0",
        "dev", true, "package.json",
        SbomHashes.From("sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA=="),
        ["MIT"], null, "https://registry.npmjs.org/@babel/core/-/core-7.24.0.tgz");

    public static SbomComponent Lodash => new("pkg:npm/lodash@4.17.21", "npm", "lodash", "4.17.21", "pkg:npm/lodash@4.17.21",
        "runtime", true, "package.json", [new SbomHash("SHA-1", "679591c564c3bffaae8454cf0b3df370c3d6911c")], ["mit"], null, null);

    public static SbomComponent Tslib => new("pkg:npm/tslib@2.6.2", "npm", "tslib", "2.6.2", "pkg:npm/tslib@2.6.2",
        "peer", false, "package.json", [], ["0BSD OR (MIT AND Apache-2.0)"], null, null);

    public static SbomComponent Fsevents => new("pkg:npm/fsevents@2.3.3", "npm", "fsevents", "2.3.3", "pkg:npm/fsevents@2.3.3",
        "optional", false, "package.json", [], ["MIT", "Acme Internal Licence"], null, null);

    public static SbomComponent Log4j => new("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", "maven",
        "org.apache.logging.log4j:log4j-core", "2.17.1", "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", "runtime", true, "pom.xml",
        [new SbomHash("SHA-256", "a0e8d9e1d5b2f0b4f6c1c37fa6b6cfe4cb8d3c1e7e6a0b5d2f3c4e5a6b7c8d9e")], ["Apache-2.0"],
        "The Apache Software Foundation", "https://repo1.maven.org/maven2");

    public static SbomComponent Servlet => new("pkg:maven/javax.servlet/javax.servlet-api@4.0.1", "maven", "javax.servlet:javax.servlet-api",
        "4.0.1", "pkg:maven/javax.servlet/javax.servlet-api@4.0.1", "provided", true, "pom.xml", [], ["CDDL-1.1 WITH Classpath-exception-2.0"],
        null, null);

    public static SbomComponent Junit => new("pkg:maven/junit/junit@4.13.2", "maven", "junit:junit", "4.13.2", "pkg:maven/junit/junit@4.13.2",
        "test", true, "pom.xml", [], ["Eclipse Public License 1.0"], null, null);

    /// <summary>npm + Maven with every hash, licence and scope shape; the edges include a dev edge, a duplicate entry and a dangling ref.</summary>
    public static SbomDocument Realistic => new(Repository, [Log4j, Junit, Tslib, Babel, Lodash, Fsevents, Servlet],
    [
        new SbomDependency("repo:acme/shop", [Lodash.BomRef, Log4j.BomRef, Servlet.BomRef, Fsevents.BomRef], [Junit.BomRef, Babel.BomRef]),
        new SbomDependency(Babel.BomRef, [], [Tslib.BomRef]),
        new SbomDependency(Lodash.BomRef, [], []),
        new SbomDependency(Babel.BomRef, ["pkg:npm/ghost@1.0.0", Lodash.BomRef], []),
        new SbomDependency("pkg:npm/ghost@1.0.0", [Lodash.BomRef], []),
    ], Metadata);

    /// <summary>The golden-file document: a repository with a Maven and two npm components, one of them dev-only.</summary>
    public static SbomDocument Small => new(Repository, [Lodash, Log4j, Babel],
    [
        new SbomDependency("repo:acme/shop", [Log4j.BomRef, Lodash.BomRef], [Babel.BomRef]),
        new SbomDependency(Babel.BomRef, [Lodash.BomRef], []),
    ], Metadata);

    /// <summary>A service built from two repositories; one part is also listed as a component and must not be repeated.</summary>
    public static SbomDocument Service => new(
        new SbomSubject("service:checkout", "checkout", "2025.03", SbomSubjectKind.Service, null, null,
            ["repo:acme/web", "repo:acme/api", "pkg:npm/lodash@4.17.21"]),
        [Lodash, Log4j],
        [
            new SbomDependency("service:checkout", ["repo:acme/api", "repo:acme/web"], []),
            new SbomDependency("repo:acme/api", [Log4j.BomRef], []),
            new SbomDependency("repo:acme/web", [Lodash.BomRef], []),
        ],
        Metadata);
}
