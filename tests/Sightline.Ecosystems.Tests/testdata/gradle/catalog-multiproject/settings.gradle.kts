rootProject.name = "shop"

dependencyResolutionManagement {
    repositories {
        mavenCentral()
    }
}

include(":core", ":app")
project(":core").name = "shop-core"
