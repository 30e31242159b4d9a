-- The licence a lockfile states for a package (npm package-lock "license", composer.lock "license"), for SBOMs.
ALTER TABLE nodes ADD COLUMN license TEXT;
