# frozen_string_literal: true

module InternalTool
  VERSION = "0.3.0"
end
