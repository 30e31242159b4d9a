# frozen_string_literal: true

require_relative "lib/internal_tool/version"

Gem::Specification.new do |s|
  s.name        = "internal_tool"
  s.version     = InternalTool::VERSION
  s.license     = "Apache-2.0"
  s.summary     = "Shared helpers of the app"
  s.authors     = ["Platform team"]
  s.files       = Dir["lib/**/*.rb"]

  s.add_dependency "rack", ">= 2.0"
  s.add_development_dependency "rspec", "~> 3.12"
end
