-- What each manifest produces (pom coordinates, Go module, pyproject/Cargo/gem/composer/npm/NuGet
-- package): a dependency on one of these names in another repository is an internal package.
CREATE TABLE published_packages (
    manifest_id INTEGER NOT NULL REFERENCES manifests (id) ON DELETE CASCADE,
    ecosystem TEXT NOT NULL,
    name TEXT NOT NULL,
    normalized_name TEXT NOT NULL,
    version TEXT
);
CREATE INDEX ix_published_packages_name ON published_packages (normalized_name, ecosystem);
CREATE INDEX ix_published_packages_manifest ON published_packages (manifest_id);
