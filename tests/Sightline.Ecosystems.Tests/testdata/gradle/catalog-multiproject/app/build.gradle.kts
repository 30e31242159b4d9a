plugins {
    alias(libs.plugins.kotlin.jvm)
    application
}

val retrofitVersion = "2.11.0"

dependencies {
    implementation(projects.shopCore)
    implementation(project(":core"))
    implementation(platform(libs.jackson.bom))
    implementation(libs.jackson.databind)
    implementation(libs.jackson.datatype.jsr310)
    implementation(libs.okhttp)
    implementation(libs.slf4j.api)
    implementation("com.squareup.retrofit2:retrofit:$retrofitVersion")
    implementation(group = "io.micrometer", name = "micrometer-core", version = "1.13.0")
    runtimeOnly("org.postgresql:postgresql:42.7.3") {
        because("the production database")
    }
    testImplementation(libs.bundles.junit)
    testImplementation("org.mockito:mockito-core:5.+")
}
