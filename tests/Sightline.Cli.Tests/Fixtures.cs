namespace Sightline.Cli.Tests;

/// <summary>Small, hand-written npm repositories: a service that gets lodash through an internal library.</summary>
internal static class Fixtures
{
    public const string ServicePackageJson = """
        { "name": "svc-a", "version": "1.0.0", "dependencies": { "@acme/log": "^1.0.0" }, "devDependencies": { "left-pad": "1.3.0" } }
        """;

    public const string ServiceLock = """
        {
          "name": "svc-a", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
          "packages": {
            "": { "name": "svc-a", "version": "1.0.0", "dependencies": { "@acme/log": "^1.0.0" }, "devDependencies": { "left-pad": "1.3.0" } },
            "node_modules/@acme/log": { "version": "1.0.0", "resolved": "https://npm.acme.internal/@acme/log/-/log-1.0.0.tgz", "dependencies": { "lodash": "^4.17.0" } },
            "node_modules/lodash": { "version": "4.17.15", "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.15.tgz" },
            "node_modules/left-pad": { "version": "1.3.0", "dev": true }
          }
        }
        """;

    public const string DirectPackageJson = """
        { "name": "svc-b", "version": "2.0.0", "dependencies": { "lodash": "4.17.21" } }
        """;

    public const string DirectLock = """
        {
          "name": "svc-b", "version": "2.0.0", "lockfileVersion": 3, "requires": true,
          "packages": {
            "": { "name": "svc-b", "version": "2.0.0", "dependencies": { "lodash": "4.17.21" } },
            "node_modules/lodash": { "version": "4.17.21" }
          }
        }
        """;

    /// <summary>A fleet of two plain repositories under <paramref name="folder"/>/fleet.</summary>
    public static string WriteFleet(TempFolder folder)
    {
        folder.Write("fleet/svc-a/package.json", ServicePackageJson);
        folder.Write("fleet/svc-a/package-lock.json", ServiceLock);
        folder.Write("fleet/svc-b/package.json", DirectPackageJson);
        folder.Write("fleet/svc-b/package-lock.json", DirectLock);
        return Path.Combine(folder.Path, "fleet");
    }
}
