plugins {
    java
}

group = "com.acme"
version = "0.8.0"

repositories {
    mavenCentral()
}

// No dependency locking yet: Sightline knows the declarations, not the resolved transitive graph.
dependencies {
    implementation(libs.acme.commons)
    implementation(libs.spring.web)
    testImplementation(libs.junit.jupiter)
}
