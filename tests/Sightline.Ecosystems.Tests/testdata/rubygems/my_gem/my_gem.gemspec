# frozen_string_literal: true

lib = File.expand_path("lib", __dir__)
$LOAD_PATH.unshift(lib) unless $LOAD_PATH.include?(lib)
require "my_gem/version"

Gem::Specification.new do |spec|
  spec.name          = "my_gem"
  spec.version       = MyGem::VERSION
  spec.authors       = ["Example"]
  spec.summary       = %q{An example gem}
  spec.licenses      = ["MIT", "Ruby"]
  spec.files         = Dir["lib/**/*.rb"]

  spec.add_dependency "concurrent-ruby", "~> 1.2"
  spec.add_runtime_dependency("zeitwerk", ">= 2.6", "< 3")
  spec.add_development_dependency "rake", "~> 13.0"
end
